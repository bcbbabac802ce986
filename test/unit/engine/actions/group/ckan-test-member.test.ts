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
})
