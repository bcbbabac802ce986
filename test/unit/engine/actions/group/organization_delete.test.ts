import { decodeActivityData } from '../../../../../electron/engine/activity/record.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { unpackJson } from '../../../../../electron/engine/db/packed-json.ts'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { seedDataset } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

describe('organization_delete', () => {
  it('refuses while the organization has datasets that are not deleted', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'busy' })
    seedDataset(t, { name: 'd1', ownerOrg: org.id, private: true })
    expect(t.failure('organization_delete', t.sysadmin, { id: 'busy' })).toEqual({
      __type: 'Validation Error',
      message: 'Organization cannot be deleted while it still has datasets',
    })
  })

  it('detaches the datasets instead when unowned datasets are allowed', () => {
    t = testEngine({ config: { createUnownedDataset: true } })
    const org = t.call('organization_create', t.sysadmin, { name: 'busy' })
    const id = seedDataset(t, { name: 'd1', ownerOrg: org.id })
    expect(t.call('organization_delete', t.sysadmin, { id: 'busy' })).toBeNull()
    const row = sql(t.engine.db, 'SELECT owner_org, data FROM packages WHERE id = ?').get(id) as any
    expect(row.owner_org).toBeNull()
    expect((unpackJson(row.data) as any).owner_org).toBeNull()
  })

  it('soft-deletes: state deleted, memberships gone, name still taken, activity recorded', () => {
    t = testEngine()
    const alice = t.user('alice')
    const org = t.call('organization_create', alice, { name: 'done' })
    seedDataset(t, { name: 'old', ownerOrg: org.id, state: 'deleted' })
    expect(t.call('organization_delete', alice, { id: 'done' })).toBeNull()
    expect(t.call('organization_show', t.sysadmin, { id: 'done' })).toMatchObject({ state: 'deleted', users: [] })
    expect(t.call('organization_list', t.anonymous)).toEqual([])
    expect(t.call('organization_list_for_user', alice)).toEqual([])
    expect(t.failure('organization_create', alice, { name: 'done' }).name).toEqual(['Group name already exists in database'])
    const last = sql(t.engine.db, 'SELECT activity_type, data FROM activities WHERE object_id = ? ORDER BY seq DESC').get(org.id) as any
    expect(last.activity_type).toBe('deleted organization')
    expect((decodeActivityData(last.data) as any).group.state).toBe('deleted')
  })

  it('refuses an editor and an anonymous caller', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'kept' })
    t.user('ed')
    t.call('organization_member_create', t.sysadmin, { id: 'kept', username: 'ed', role: 'editor' })
    expect(t.failure('organization_delete', t.engine.asUser('ed'), { id: 'kept' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User ed not authorized to delete organization ${org.id}`,
    })
    expect(t.failure('organization_delete', t.anonymous, { id: 'kept' }).message).toBe(
      'Access denied: Action organization_delete requires an authenticated user',
    )
  })

  it('answers 404 for an unknown organization', () => {
    t = testEngine()
    expect(t.failure('organization_delete', t.sysadmin, { id: 'nope' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Group was not found.',
    })
  })
})

describe('group_delete', () => {
  it('deletes a group holding datasets and drops their membership', () => {
    t = testEngine()
    const id = seedDataset(t, { name: 'd1' })
    const group = t.call('group_create', t.sysadmin, { name: 'topic', packages: [{ id }] })
    expect(t.call('group_delete', t.sysadmin, { id: 'topic' })).toBeNull()
    expect(sql(t.engine.db, 'SELECT count(*) AS n FROM members WHERE group_id = ?').get(group.id)).toEqual({ n: 0 })
    const last = sql(t.engine.db, 'SELECT activity_type FROM activities WHERE object_id = ? ORDER BY seq DESC').get(group.id) as any
    expect(last.activity_type).toBe('deleted group')
  })
})

describe('organization_purge / group_purge', () => {
  it('is for sysadmins only', () => {
    t = testEngine()
    const alice = t.user('alice')
    t.call('organization_create', alice, { name: 'mine' })
    expect(t.failure('organization_purge', alice, { id: 'mine' })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
  })

  it('removes the row and its memberships; the name is free again', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'brief' })
    t.call('organization_delete', t.sysadmin, { id: 'brief' })
    expect(t.call('organization_purge', t.sysadmin, { id: 'brief' })).toBeNull()
    expect(t.failure('organization_show', t.sysadmin, { id: org.id }).__type).toBe('Not Found Error')
    expect(sql(t.engine.db, 'SELECT count(*) AS n FROM members WHERE group_id = ?').get(org.id)).toEqual({ n: 0 })
    expect(t.call('organization_create', t.sysadmin, { name: 'brief' }).id).not.toBe(org.id)
  })

  it('refuses an organization that still has datasets', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'busy' })
    seedDataset(t, { name: 'd1', ownerOrg: org.id })
    // CKAN's _group_or_org_purge says "purged" where _group_or_org_delete says "deleted".
    expect(t.failure('organization_purge', t.sysadmin, { id: 'busy' }).message).toBe(
      'Organization cannot be purged while it still has datasets',
    )
  })

  it('answers 404 with the kind in the message', () => {
    t = testEngine()
    expect(t.failure('organization_purge', t.sysadmin, { id: 'nope' }).message).toBe('Not found: Organization was not found')
    expect(t.failure('group_purge', t.sysadmin, { id: 'nope' }).message).toBe('Not found: Group was not found')
  })

  it('purges a group and unlinks its datasets', () => {
    t = testEngine()
    const id = seedDataset(t, { name: 'd1' })
    t.call('group_create', t.sysadmin, { name: 'topic', packages: [{ id }] })
    expect(t.call('group_purge', t.sysadmin, { id: 'topic' })).toBeNull()
    expect(sql(t.engine.db, "SELECT count(*) AS n FROM members WHERE table_id = ? AND table_name = 'package'").get(id)).toEqual({ n: 0 })
  })
})

describe('deleting organizations and groups as their admin', () => {
  it('is for sysadmins only when ckan.auth.user_delete_organizations / user_delete_groups are off', () => {
    t = testEngine({ config: { userDeleteOrganizations: false, userDeleteGroups: false } })
    const alice = t.user('alice')
    t.call('organization_create', alice, { name: 'mine' })
    t.call('group_create', alice, { name: 'my-group' })
    expect(t.failure('organization_delete', alice, { id: 'mine' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User alice not authorized to delete organizations',
    })
    expect(t.failure('group_delete', alice, { id: 'my-group' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User alice not authorized to delete groups',
    })
    expect(t.call('organization_delete', t.sysadmin, { id: 'mine' })).toBeNull()
    expect(t.call('group_delete', t.sysadmin, { id: 'my-group' })).toBeNull()
  })

  it('is the admins\' right by default, and never another user\'s', () => {
    t = testEngine()
    const alice = t.user('alice')
    const bob = t.user('bob')
    const org = t.call('organization_create', alice, { name: 'mine' })
    expect(t.failure('organization_delete', bob, { id: 'mine' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User bob not authorized to delete organization ${org.id}`,
    })
    expect(t.call('organization_delete', alice, { id: 'mine' })).toBeNull()
  })
})
