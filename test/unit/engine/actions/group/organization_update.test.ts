import { decodeActivityData } from '../../../../../electron/engine/activity/record.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { seedDataset } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

/** An org "org-a" created by alice (admin), with ed as editor. */
function org() {
  t = testEngine()
  const alice = t.user('alice')
  const ed = t.user('ed')
  const created = t.call('organization_create', alice, {
    name: 'org-a',
    title: 'Org A',
    description: 'About A',
    extras: [{ key: 'k', value: 'v' }],
    region: 'north',
  })
  t.call('organization_member_create', alice, { id: 'org-a', username: 'ed', role: 'editor' })
  return { alice, ed, created }
}

describe('organization_update', () => {
  it('removes every member when users is omitted, admins included (contract §4.1)', () => {
    const { alice } = org()
    const updated = t.call('organization_update', alice, { id: 'org-a', title: 'New title' })
    expect(updated.users).toEqual([])
    expect(updated.title).toBe('New title')
  })

  it('replaces members with the list sent', () => {
    const { alice } = org()
    const updated = t.call('organization_update', alice, {
      id: 'org-a',
      users: [{ name: 'alice', capacity: 'admin' }, { name: 'ed', capacity: 'member' }],
    })
    expect(updated.users.map((u: any) => [u.name, u.capacity])).toEqual([['alice', 'admin'], ['ed', 'member']])
  })

  it('keeps columns it does not name, and extras when the list is empty', () => {
    const { alice } = org()
    const updated = t.call('organization_update', alice, { id: 'org-a', extras: [], users: [{ name: 'alice', capacity: 'admin' }] })
    expect(updated).toMatchObject({ title: 'Org A', description: 'About A', extras: [{ key: 'k', value: 'v' }] })
  })

  it('replaces extras with a non-empty list', () => {
    const { alice } = org()
    const updated = t.call('organization_update', alice, { id: 'org-a', extras: [{ key: 'other', value: '1' }] })
    expect(updated.extras).toEqual([{ key: 'other', value: '1' }])
  })

  it('replaces custom fields with the ones sent', () => {
    const { alice } = org()
    const updated = t.call('organization_update', alice, { id: 'org-a', category: 'nhs' })
    expect(updated.category).toBe('nhs')
    expect('region' in updated).toBe(false)
  })

  it('returns the raw group dict: datasets listed, no num_followers', () => {
    const { alice, created } = org()
    seedDataset(t, { name: 'd1', ownerOrg: created.id })
    const updated = t.call('organization_update', alice, { id: 'org-a' })
    expect(updated.packages.map((p: any) => p.name)).toEqual(['d1'])
    expect(updated.package_count).toBe(1)
    expect('num_followers' in updated).toBe(false)
  })

  it('renames, and refuses a name in use', () => {
    const { alice } = org()
    t.call('group_create', t.sysadmin, { name: 'taken' })
    expect(t.call('organization_update', alice, { id: 'org-a', name: 'org-b', users: [{ name: 'alice', capacity: 'admin' }] }).name).toBe('org-b')
    expect(t.failure('organization_update', alice, { id: 'org-b', name: 'taken' })).toEqual({
      __type: 'Validation Error',
      name: ['Group name already exists in database'],
    })
    // default_update_group_schema checks only that a new name is free, not its form.
    expect(t.call('organization_update', alice, { id: 'org-b', name: 'Not OK', users: [{ name: 'alice', capacity: 'admin' }] }).name).toBe('Not OK')
  })

  it('refuses another type as CKAN 2.10 does, before auth on update and after it on patch', () => {
    const { alice } = org()
    const refused = { __type: 'Validation Error', message: 'Type cannot be updated' }
    expect(t.failure('organization_update', alice, { id: 'org-a', type: 'group' })).toEqual(refused)
    expect(t.failure('organization_update', t.anonymous, { id: 'org-a', type: 'group' })).toEqual(refused)
    expect(t.failure('organization_patch', alice, { id: 'org-a', type: 'group' })).toEqual(refused)
    expect(t.failure('organization_patch', t.anonymous, { id: 'org-a', type: 'group' }).__type).toBe('Authorization Error')
    expect(t.call('organization_update', alice, { id: 'org-a', type: 'organization', users: [{ name: 'alice', capacity: 'admin' }] }).type)
      .toBe('organization')
    expect(t.call('organization_patch', alice, { id: 'org-a', type: null }).type).toBe('organization')
  })

  it('refuses an editor, an outsider and an anonymous caller', () => {
    const { ed, created } = org()
    expect(t.failure('organization_update', ed, { id: 'org-a' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User ed not authorized to edit organization ${created.id}`,
    })
    expect(t.failure('organization_update', t.user('zoe'), { id: 'org-a' }).__type).toBe('Authorization Error')
    expect(t.failure('organization_update', t.anonymous, { id: 'org-a' }).message).toBe(
      'Access denied: Action organization_update requires an authenticated user',
    )
  })

  it('answers 404 for an unknown id and 409 for a missing one', () => {
    org()
    expect(t.failure('organization_update', t.sysadmin, { id: 'nope' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Group was not found.',
    })
    expect(t.failure('organization_update', t.sysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
  })

  it('records a "changed organization" activity', () => {
    const { alice, created } = org()
    t.call('organization_update', alice, { id: 'org-a', title: 'T2' })
    const rows = sql(t.engine.db, 'SELECT activity_type, data FROM activities WHERE object_id = ? ORDER BY seq').all(created.id) as any[]
    expect(rows.map((r) => r.activity_type)).toEqual(['new organization', 'changed organization'])
    expect((decodeActivityData(rows[1].data) as any).group.title).toBe('T2')
  })
})

describe('organization_patch', () => {
  it('changes only what it is given; members stay', () => {
    const { alice } = org()
    const patched = t.call('organization_patch', alice, { id: 'org-a', description: 'Patched' })
    expect(patched).toMatchObject({ title: 'Org A', description: 'Patched', region: 'north' })
    expect(patched.users.map((u: any) => u.name)).toEqual(['alice', 'ed'])
  })

  it('merges custom fields', () => {
    const { alice } = org()
    expect(t.call('organization_patch', alice, { id: 'org-a', category: 'x' })).toMatchObject({ region: 'north', category: 'x' })
  })

  it('refuses a non-admin', () => {
    const { ed } = org()
    expect(t.failure('organization_patch', ed, { id: 'org-a', title: 'no' }).__type).toBe('Authorization Error')
  })
})

describe('group_update', () => {
  it('keeps the datasets when packages is omitted, replaces them when sent', () => {
    t = testEngine()
    const one = seedDataset(t, { name: 'one' })
    const two = seedDataset(t, { name: 'two' })
    t.call('group_create', t.sysadmin, { name: 'topic', packages: [{ id: 'one' }] })
    expect(t.call('group_update', t.sysadmin, { id: 'topic', title: 'Topic' }).package_count).toBe(1)
    const updated = t.call('group_update', t.sysadmin, { id: 'topic', packages: [{ id: two }] })
    expect(updated.packages.map((p: any) => p.id)).toEqual([two])
    expect(t.call('member_list', t.anonymous, { id: 'topic', object_type: 'package' })).toEqual([[two, 'package', 'public']])
    void one
  })

  it('refuses a plain group member', () => {
    t = testEngine()
    const group = t.call('group_create', t.sysadmin, { name: 'topic' })
    const mo = t.user('mo')
    t.call('group_member_create', t.sysadmin, { id: 'topic', username: 'mo', role: 'member' })
    expect(t.failure('group_update', mo, { id: 'topic' }).message).toBe(
      `Access denied: User mo not authorized to edit group ${group.id}`,
    )
  })

  it('records a "changed group" activity on patch', () => {
    t = testEngine()
    const group = t.call('group_create', t.sysadmin, { name: 'topic' })
    t.call('group_patch', t.sysadmin, { id: 'topic', title: 'x' })
    const types = (sql(t.engine.db, 'SELECT activity_type FROM activities WHERE object_id = ? ORDER BY seq').all(group.id) as any[]).map(
      (r) => r.activity_type,
    )
    expect(types).toEqual(['new group', 'changed group'])
  })
})

describe('organization_update and group_update', () => {
  it("list the first search page of datasets, as CKAN's group_dictize leaves the rows to package_search", () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'big' })
    for (let i = 0; i < 12; i++) seedDataset(t, { name: `ds-${i}`, ownerOrg: org.id })
    const updated = t.call('organization_update', t.sysadmin, { id: 'big', title: 'Big' })
    expect(updated.package_count).toBe(12)
    expect(updated.packages).toHaveLength(10)
    expect(t.call('organization_patch', t.sysadmin, { id: 'big', title: 'Bigger' }).packages).toHaveLength(10)
  })
})
