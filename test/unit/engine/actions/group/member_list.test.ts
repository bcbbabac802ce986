import { existsSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { exchangesDir, seedDataset } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

describe('member_list', () => {
  it.skipIf(!existsSync(exchangesDir))('lists [id, type, capacity] with capitalised user capacities (060)', () => {
    t = testEngine()
    const recorded = JSON.parse(readFileSync(new URL('060-member_list.json', exchangesDir), 'utf8'))
    t.call('group_create', t.sysadmin, { name: 'topic' })
    const id = seedDataset(t, { name: 'rivers' })
    t.call('member_create', t.sysadmin, { id: 'topic', object: id, object_type: 'package', capacity: 'public' })
    const triples = t.call('member_list', t.anonymous, { id: 'topic' })
    expect(triples).toEqual([
      [t.sysadmin.user!.id, 'user', 'Admin'],
      [id, 'package', 'public'],
    ])
    expect(triples.map((m: any) => m.slice(1))).toEqual(recorded.response.body.result.map((m: any) => m.slice(1)))
  })

  it('shows any other capacity as stored, even one named like an inherited property', () => {
    t = testEngine()
    t.call('group_create', t.sysadmin, { name: 'topic' })
    const ed = t.user('ed')
    for (const capacity of ['constructor', 'public']) {
      t.call('member_create', t.sysadmin, { id: 'topic', object: 'ed', object_type: 'user', capacity })
      expect(t.call('member_list', t.anonymous, { id: 'topic', object_type: 'user', capacity })).toEqual([
        [ed.user!.id, 'user', capacity],
      ])
    }
  })

  it('filters by object_type and by raw capacity', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const ed = t.user('ed')
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'ed', role: 'editor' })
    expect(t.call('member_list', t.anonymous, { id: 'org-a', object_type: 'user', capacity: 'editor' })).toEqual([
      [ed.user!.id, 'user', 'Editor'],
    ])
    expect(t.call('member_list', t.anonymous, { id: 'org-a', capacity: 'Editor' })).toEqual([])
  })

  it("lists an organization's datasets with capacity organization, deleted ones aside", () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const kept = seedDataset(t, { name: 'kept', ownerOrg: org.id, private: true })
    seedDataset(t, { name: 'gone', ownerOrg: org.id, state: 'deleted' })
    expect(t.call('member_list', t.anonymous, { id: 'org-a', object_type: 'package' })).toEqual([[kept, 'package', 'organization']])
  })

  it('answers a bare 404 for an unknown group and 409 without id', () => {
    t = testEngine()
    expect(t.failure('member_list', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('member_list', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
  })

  it('hides the users of a deleted group from outsiders', () => {
    t = testEngine()
    const group = t.call('group_create', t.sysadmin, { name: 'topic' })
    t.call('group_delete', t.sysadmin, { id: 'topic' })
    expect(t.failure('member_list', t.anonymous, { id: 'topic' }).message).toBe(
      `Access denied: User  not authorized to read group ${group.id}`,
    )
  })
})

describe('member_roles_list', () => {
  it('lists the organization roles by default, without editor for groups', () => {
    t = testEngine()
    expect(t.call('member_roles_list', t.anonymous)).toEqual([
      { text: 'Admin', value: 'admin' },
      { text: 'Editor', value: 'editor' },
      { text: 'Member', value: 'member' },
    ])
    expect(t.call('member_roles_list', t.anonymous, { group_type: 'group' })).toEqual([
      { text: 'Admin', value: 'admin' },
      { text: 'Member', value: 'member' },
    ])
  })
})
