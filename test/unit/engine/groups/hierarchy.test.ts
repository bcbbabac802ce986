/**
 * Organization hierarchies: CKAN's roles_that_cascade_to_sub_groups (default
 * `admin`) make an admin of an organization an admin of every organization
 * below it; other roles stay where they were given.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

let t: TestEngine
beforeEach(() => {
  t = testEngine()
  // agency ⊃ department ⊃ unit, each an organization linked into the one above it.
  t.call('organization_create', t.sysadmin, { name: 'agency' })
  t.call('organization_create', t.sysadmin, { name: 'department' })
  t.call('organization_create', t.sysadmin, { name: 'unit' })
  t.call('member_create', t.sysadmin, { id: 'department', object: 'agency', object_type: 'group', capacity: 'parent' })
  t.call('member_create', t.sysadmin, { id: 'unit', object: 'department', object_type: 'group', capacity: 'parent' })
  t.call('organization_create', t.sysadmin, { name: 'elsewhere' })
  for (const [name, role] of [['boss', 'admin'], ['clerk', 'editor'], ['reader', 'member']]) {
    t.user(name)
    t.call('organization_member_create', t.sysadmin, { id: 'agency', username: name, role })
  }
  t.call('package_create', t.sysadmin, { name: 'unit-private', owner_org: 'unit', private: true })
})
afterEach(() => t.close())

describe("an admin of an organization above", () => {
  it('is an admin of the organizations below it, at every depth', () => {
    const boss = t.engine.asUser('boss')
    expect(t.call('package_create', boss, { name: 'by-boss', owner_org: 'unit' }).owner_org).toBeTruthy()
    expect(t.call('package_show', boss, { id: 'unit-private' }).name).toBe('unit-private')
    expect(t.call('package_patch', boss, { id: 'unit-private', title: 'Edited from above' }).title).toBe('Edited from above')
    expect(t.call('organization_patch', boss, { id: 'department', title: 'Department' }).title).toBe('Department')
    t.call('organization_member_create', boss, { id: 'unit', username: 'reader', role: 'editor' })
  })

  it('sees the private datasets below in package_search, and lists those organizations as admin', () => {
    const boss = t.engine.asUser('boss')
    const found = t.call('package_search', boss, { include_private: true })
    expect(found.results.map((d: { name: string }) => d.name)).toEqual(['unit-private'])
    const orgs = t.call('organization_list_for_user', boss, {})
    expect(orgs.map((o: { name: string; capacity: string }) => [o.name, o.capacity])).toEqual([
      ['agency', 'admin'],
      ['department', 'admin'],
      ['unit', 'admin'],
    ])
  })

  it('gains nothing in an organization outside the hierarchy, or above its own', () => {
    const boss = t.engine.asUser('boss')
    expect(t.failure('package_create', boss, { name: 'x', owner_org: 'elsewhere' }).__type).toBe('Authorization Error')
    t.call('organization_member_create', t.sysadmin, { id: 'unit', username: 'clerk', role: 'admin' })
    const clerk = t.engine.asUser('clerk')
    expect(t.failure('organization_patch', clerk, { id: 'department', title: 'No' }).__type).toBe('Authorization Error')
  })

  it('loses the cascade when the link is removed', () => {
    t.call('member_delete', t.sysadmin, { id: 'unit', object: 'department', object_type: 'group' })
    const boss = t.engine.asUser('boss')
    expect(t.failure('package_show', boss, { id: 'unit-private' }).__type).toBe('Authorization Error')
    expect(t.call('organization_list_for_user', boss, {}).map((o: { name: string }) => o.name)).toEqual(['agency', 'department'])
  })
})

describe('editors and members of an organization above', () => {
  it('hold no role below it: only admin cascades', () => {
    for (const name of ['clerk', 'reader']) {
      const caller = t.engine.asUser(name)
      expect(t.failure('package_show', caller, { id: 'unit-private' }).__type).toBe('Authorization Error')
      expect(t.failure('package_create', caller, { name: `by-${name}`, owner_org: 'unit' }).__type).toBe('Authorization Error')
      expect(t.call('package_search', caller, { include_private: true }).count).toBe(0)
      expect(t.call('organization_list_for_user', caller, { permission: 'read' }).map((o: { name: string }) => o.name)).toEqual(['agency'])
    }
  })
})

it('a cycle of links ends', () => {
  t.call('member_create', t.sysadmin, { id: 'agency', object: 'unit', object_type: 'group', capacity: 'parent' })
  const boss = t.engine.asUser('boss')
  expect(t.call('organization_list_for_user', boss, {}).map((o: { name: string }) => o.name)).toEqual(['agency', 'department', 'unit'])
  expect(t.failure('package_create', t.engine.asUser('clerk'), { name: 'y', owner_org: 'unit' }).__type).toBe('Authorization Error')
})

it("a child's `groups` list names its parents: the child sits below them (CKAN's get_parent_groups)", () => {
  t.call('organization_create', t.sysadmin, { name: 'ministry', groups: [{ name: 'agency' }] })
  t.user('minister')
  t.call('organization_member_create', t.sysadmin, { id: 'ministry', username: 'minister', role: 'admin' })
  const boss = t.engine.asUser('boss')
  expect(t.call('package_create', boss, { name: 'by-boss-in-ministry', owner_org: 'ministry' }).name).toBe('by-boss-in-ministry')
  const minister = t.engine.asUser('minister')
  expect(t.failure('package_create', minister, { name: 'by-minister', owner_org: 'agency' }).__type).toBe('Authorization Error')
})

it('member_create {id: child, object: parent} puts the child below, as CKAN test_get.py test_when_permissions_extend_to_sub_organizations', () => {
  t.user('chief')
  t.call('organization_create', t.sysadmin, { name: 'top', users: [{ name: 'chief', capacity: 'admin' }] })
  t.call('organization_create', t.sysadmin, { name: 'middle', users: [{ name: 'chief', capacity: 'admin' }] })
  t.call('organization_create', t.sysadmin, { name: 'bottom' })
  t.call('member_create', t.sysadmin, { id: 'bottom', object: 'middle', object_type: 'group', capacity: 'parent' })
  t.call('member_create', t.sysadmin, { id: 'middle', object: 'top', object_type: 'group', capacity: 'parent' })
  const chief = t.engine.asUser('chief')
  expect(t.call('organization_list_for_user', chief, {}).map((o: { name: string }) => o.name).sort()).toEqual(['bottom', 'middle', 'top'])
})
