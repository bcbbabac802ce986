import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { seedDataset } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

/** Three orgs: ed is admin of "a-org", editor of "b-org", member of "c-org". */
function orgs() {
  t = testEngine()
  const ed = t.user('ed')
  for (const [name, title] of [['a-org', 'Zulu'], ['b-org', 'Bravo'], ['c-org', 'Charlie']]) {
    t.call('organization_create', t.sysadmin, { name, title })
  }
  t.call('organization_member_create', t.sysadmin, { id: 'a-org', username: 'ed', role: 'admin' })
  t.call('organization_member_create', t.sysadmin, { id: 'b-org', username: 'ed', role: 'editor' })
  t.call('organization_member_create', t.sysadmin, { id: 'c-org', username: 'ed', role: 'member' })
  return ed
}

const pairs = (list: any[]) => list.map((o) => [o.name, o.capacity])

describe('organization_list_for_user', () => {
  it('returns every org the caller belongs to by default (manage_group), sorted by display name', () => {
    const ed = orgs()
    expect(pairs(t.call('organization_list_for_user', ed))).toEqual([['b-org', 'editor'], ['c-org', 'member'], ['a-org', 'admin']])
  })

  it('narrows by permission', () => {
    const ed = orgs()
    expect(pairs(t.call('organization_list_for_user', ed, { permission: 'create_dataset' }))).toEqual([['b-org', 'editor'], ['a-org', 'admin']])
    expect(pairs(t.call('organization_list_for_user', ed, { permission: 'read' }))).toHaveLength(3)
    expect(pairs(t.call('organization_list_for_user', ed, { permission: 'admin' }))).toEqual([['a-org', 'admin']])
  })

  it('reads a null or unknown permission as one only admins hold (CKAN test_get.py test_invalid_permission)', () => {
    const ed = orgs()
    for (const permission of ['', ' ', 'foo', 27.3, 5, true, false, null]) {
      expect(pairs(t.call('organization_list_for_user', ed, { permission }))).toEqual([['a-org', 'admin']])
    }
  })

  it('gives a sysadmin every active organization as admin', () => {
    orgs()
    t.call('organization_create', t.user('someone'), { name: 'd-org', title: 'Delta' })
    expect(pairs(t.call('organization_list_for_user', t.sysadmin))).toEqual([
      ['b-org', 'admin'], ['c-org', 'admin'], ['d-org', 'admin'], ['a-org', 'admin'],
    ])
  })

  it('gives an anonymous caller nothing', () => {
    orgs()
    expect(t.call('organization_list_for_user', t.anonymous)).toEqual([])
  })

  it('answers for another user named by id, and 404 for an unknown one', () => {
    orgs()
    expect(pairs(t.call('organization_list_for_user', t.anonymous, { id: 'ed', permission: 'admin' }))).toEqual([['a-org', 'admin']])
    expect(t.failure('organization_list_for_user', t.anonymous, { id: 'ghost' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
  })

  it('returns short dicts, with package counts (private datasets included, as CKAN\'s facet counts them) only when asked', () => {
    const ed = orgs()
    const org = t.call('organization_show', t.sysadmin, { id: 'a-org' })
    seedDataset(t, { name: 'pub', ownerOrg: org.id })
    seedDataset(t, { name: 'priv', ownerOrg: org.id, private: true })
    const [plain] = t.call('organization_list_for_user', ed, { permission: 'admin' })
    expect(Object.keys(plain).sort()).toEqual([
      'approval_status', 'capacity', 'created', 'description', 'display_name', 'id', 'image_display_url', 'image_url',
      'is_organization', 'name', 'state', 'title', 'type',
    ])
    const [counted] = t.call('organization_list_for_user', ed, { permission: 'admin', include_dataset_count: true })
    expect(counted.package_count).toBe(2)
  })
})

describe('group_list_authz', () => {
  it('lists the groups the caller is a member of', () => {
    t = testEngine()
    const mo = t.user('mo')
    t.call('group_create', t.sysadmin, { name: 'g-one', title: 'One' })
    t.call('group_create', t.sysadmin, { name: 'g-two', title: 'Two' })
    t.call('organization_create', t.sysadmin, { name: 'an-org' })
    t.call('group_member_create', t.sysadmin, { id: 'g-two', username: 'mo', role: 'member' })
    t.call('organization_member_create', t.sysadmin, { id: 'an-org', username: 'mo', role: 'admin' })
    expect(t.call('group_list_authz', mo).map((g: any) => g.name)).toEqual(['g-two'])
    expect(t.call('group_list_authz', t.sysadmin).map((g: any) => g.name)).toEqual(['g-one', 'g-two'])
    expect(t.call('group_list_authz', t.sysadmin, { am_member: true }).map((g: any) => g.name)).toEqual(['g-one', 'g-two'])
    expect(t.call('group_list_authz', t.anonymous)).toEqual([])
    expect(t.call('group_list_authz', mo)[0].package_count).toBe(0)
  })
})
