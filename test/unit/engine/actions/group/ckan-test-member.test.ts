/**
 * CKAN's ckan/tests/logic/test_member.py, replayed against Shelfmark:
 * member_create / member_list / member_delete on a group, and who may link
 * a group below another.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { seedDataset } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

function fixture() {
  t = testEngine()
  const sam = t.user('sam', true)
  const tester = t.user('tester')
  const creator = t.user('creator')
  const david = t.call('group_create', creator, { name: 'david' })
  const roger = t.call('group_create', creator, { name: 'roger' })
  t.call('member_create', sam, { id: 'roger', object: 'tester', object_type: 'user', capacity: 'admin' })
  const pkgs = [seedDataset(t, { name: 'warandpeace' }), seedDataset(t, { name: 'annakarenina' })]
  return { sam, tester, david, roger, pkgs }
}

describe("CKAN's test_member.py", () => {
  it('test_member_add: the new member row carries its capacity', () => {
    const { sam, pkgs } = fixture()
    const row = t.call('member_create', sam, { id: 'david', object: pkgs[0], object_type: 'package', capacity: 'public' })
    expect(row.capacity).toBe('public')
  })

  it('test_member_list: datasets and users as triples, user capacities as labels, 404 for an unknown group', () => {
    const { sam, pkgs } = fixture()
    for (const p of pkgs) t.call('member_create', sam, { id: 'david', object: p, object_type: 'package', capacity: 'public' })
    const packages = t.call('member_list', sam, { id: 'david', object_type: 'package', capacity: 'public' })
    expect(packages).toHaveLength(2)
    expect(packages).toContainEqual([pkgs[0], 'package', 'public'])
    expect(packages).toContainEqual([pkgs[1], 'package', 'public'])
    const before = t.call('member_list', sam, { id: 'david', object_type: 'user', capacity: 'admin' })
    expect(before.map((m: string[]) => m[0])).not.toContain(sam.user!.id)
    expect(t.failure('member_list', sam, { id: 'foo', object_type: 'user', capacity: 'admin' }).__type).toBe('Not Found Error')
    t.call('member_create', sam, { id: 'david', object: 'sam', object_type: 'user', capacity: 'admin' })
    const after = t.call('member_list', sam, { id: 'david', object_type: 'user', capacity: 'admin' })
    expect(after).toHaveLength(before.length + 1)
    expect(after).toContainEqual([sam.user!.id, 'user', 'Admin'])
  })

  it('test_member_delete: the member is gone from member_list', () => {
    const { sam } = fixture()
    t.call('member_create', sam, { id: 'david', object: 'sam', object_type: 'user', capacity: 'admin' })
    const params = { id: 'david', object: 'sam', object_type: 'user', capacity: 'admin' }
    const before = t.call('member_list', sam, params)
    t.call('member_delete', sam, params)
    expect(t.call('member_list', sam, params)).toHaveLength(before.length - 1)
    expect(t.call('member_list', sam, params).map((m: string[]) => m[0])).not.toContain(sam.user!.id)
  })

  it("test_member_create_with_child_group_permission: an admin of the child may put it below any group", () => {
    const { tester } = fixture()
    const row = t.call('member_create', tester, { id: 'roger', object: 'david', object_type: 'group', capacity: 'parent' })
    expect(row.capacity).toBe('parent')
  })

  it('test_member_create_raises_when_only_have_parent_group_permission', () => {
    const { tester } = fixture()
    expect(t.failure('member_create', tester, { id: 'david', object: 'roger', object_type: 'group', capacity: 'parent' }).__type).toBe(
      'Authorization Error',
    )
  })

  it('test_member_create_should_update_member_if_it_already_exists: same row, new capacity', () => {
    const { sam, pkgs } = fixture()
    const initial = t.call('member_create', sam, { id: 'david', object: pkgs[0], object_type: 'package', capacity: 'public' })
    const final = t.call('member_create', sam, { id: 'david', object: pkgs[0], object_type: 'package', capacity: 'private' })
    expect(final.id).toBe(initial.id)
    expect([initial.capacity, final.capacity]).toEqual(['public', 'private'])
  })

  it('test_member_create/delete_raises_if_user_unauthorized_to_update_group', () => {
    const { pkgs } = fixture()
    const outsider = t.user('outsider')
    const params = { id: 'david', object: pkgs[0], object_type: 'package', capacity: 'public' }
    for (const caller of [outsider, t.anonymous]) {
      expect(t.failure('member_create', caller, params).__type).toBe('Authorization Error')
      expect(t.failure('member_delete', caller, params).__type).toBe('Authorization Error')
    }
  })

  it('test_member_create_accepts_group_name_or_id and object name or id: the same row either way', () => {
    const { sam, david, pkgs } = fixture()
    const byName = t.call('member_create', sam, { id: 'david', object: pkgs[0], object_type: 'package', capacity: 'public' })
    const byId = t.call('member_create', sam, { id: david.id, object: pkgs[0], object_type: 'package', capacity: 'public' })
    expect(byId.id).toBe(byName.id)
    const cases: [string, string, string, string][] = [
      ['warandpeace', pkgs[0], 'package', 'public'],
      ['sam', sam.user!.id, 'user', 'admin'],
    ]
    for (const [name, id, type, capacity] of cases) {
      const a = t.call('member_create', sam, { id: 'david', object: name, object_type: type, capacity })
      const b = t.call('member_create', sam, { id: 'david', object: id, object_type: type, capacity })
      expect(b.id).toBe(a.id)
    }
  })

  it('test_member_create/delete_raises_if_any_required_parameter_isnt_defined', () => {
    const { sam, pkgs } = fixture()
    const params = { id: 'david', object: pkgs[0], object_type: 'package', capacity: 'public' }
    for (const key of Object.keys(params)) {
      const { [key as keyof typeof params]: _dropped, ...rest } = params
      expect(t.failure('member_create', sam, rest)[key]).toEqual(['Missing value'])
      if (key !== 'capacity') expect(t.failure('member_delete', sam, rest)[key]).toEqual(['Missing value'])
    }
  })

  it('test_member_create/delete_raises_if_group_wasnt_found, _if_object_wasnt_found, _if_object_type_is_invalid', () => {
    const { sam, pkgs } = fixture()
    for (const action of ['member_create', 'member_delete']) {
      expect(t.failure(action, sam, { id: 'inexistent_group', object: pkgs[0], object_type: 'package', capacity: 'public' }).__type).toBe(
        'Not Found Error',
      )
      expect(t.failure(action, sam, { id: 'david', object: 'inexistent_package', object_type: 'package', capacity: 'public' }).__type).toBe(
        'Not Found Error',
      )
      expect(t.failure(action, sam, { id: 'david', object: 'obj_id', object_type: 'invalid_obj_type', capacity: 'public' }).__type).toBe(
        'Validation Error',
      )
    }
  })

  it('test_member_delete_accepts_group_name_or_id and object name or id', () => {
    const { sam, david } = fixture()
    const admins = () => t.call('member_list', sam, { id: 'david', object_type: 'user', capacity: 'admin' })
    for (const group of [david.id, 'david']) {
      t.call('member_create', sam, { id: 'david', object: sam.user!.id, object_type: 'user', capacity: 'admin' })
      t.call('member_delete', sam, { id: group, object: sam.user!.id, object_type: 'user' })
      expect(admins()).not.toContainEqual([sam.user!.id, 'user', 'Admin'])
    }
    for (const key of [sam.user!.id, 'sam']) {
      t.call('member_create', sam, { id: 'david', object: key, object_type: 'user', capacity: 'admin' })
      t.call('member_delete', sam, { id: 'david', object: key, object_type: 'user' })
      expect(admins()).not.toContainEqual([sam.user!.id, 'user', 'Admin'])
    }
  })

  it('TestMemberDelete (test_delete.py) test_member_delete_accepts_object_name_or_id: deleting a non-member is no error', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'org' })
    const user = t.user('someone')
    expect(t.call('member_delete', t.sysadmin, { object: user.user!.id, id: org.id, object_type: 'user', capacity: 'member' })).toBeNull()
    const row = t.call('member_create', t.sysadmin, { object: 'someone', id: org.id, object_type: 'user', capacity: 'member' })
    expect(row).toMatchObject({ table_id: user.user!.id, capacity: 'member', state: 'active' })
  })
})
