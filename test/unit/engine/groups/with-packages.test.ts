import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => t?.close())

/** The group actions against datasets made by package_create, not seeded rows. */
describe('organizations and groups with real datasets', () => {
  it('counts, lists and renames without rewriting datasets', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'org-a', title: 'Org A' })
    t.call('group_create', t.sysadmin, { name: 'topic', title: 'Topic' })
    t.call('package_create', t.sysadmin, { name: 'pub', owner_org: 'org-a', groups: [{ name: 'topic' }] })
    t.call('package_create', t.sysadmin, { name: 'priv', owner_org: 'org-a', private: true })

    expect(t.call('organization_show', t.anonymous, { id: 'org-a' }).package_count).toBe(1)
    expect(t.call('organization_show', t.sysadmin, { id: 'org-a' }).package_count).toBe(2)
    const group = t.call('group_show', t.anonymous, { id: 'topic', include_datasets: true })
    expect(group.packages.map((p: any) => p.name)).toEqual(['pub'])
    expect(group.packages[0].organization.name).toBe('org-a')

    t.call('organization_patch', t.sysadmin, { id: 'org-a', name: 'org-renamed', title: 'Renamed' })
    t.call('group_patch', t.sysadmin, { id: 'topic', title: 'Renamed topic' })
    const shown = t.call('package_show', t.anonymous, { id: 'pub' })
    expect(shown.organization).toMatchObject({ id: org.id, name: 'org-renamed', title: 'Renamed' })
    expect(shown.groups.map((g: any) => g.title)).toEqual(['Renamed topic'])
  })

  it('member_create and member_delete change what package_show says', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    t.call('group_create', t.sysadmin, { name: 'topic' })
    t.call('package_create', t.sysadmin, { name: 'rivers', owner_org: 'org-a' })
    t.call('member_create', t.sysadmin, { id: 'topic', object: 'rivers', object_type: 'package', capacity: 'public' })
    expect(t.call('package_show', t.anonymous, { id: 'rivers' }).groups.map((g: any) => g.name)).toEqual(['topic'])
    t.call('member_delete', t.sysadmin, { id: 'topic', object: 'rivers', object_type: 'package' })
    expect(t.call('package_show', t.anonymous, { id: 'rivers' }).groups).toEqual([])
  })

  it('lets an organization go once its datasets are deleted', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    t.call('package_create', t.sysadmin, { name: 'rivers', owner_org: 'org-a' })
    expect(t.failure('organization_delete', t.sysadmin, { id: 'org-a' }).message).toBe(
      'Organization cannot be deleted while it still has datasets',
    )
    t.call('package_delete', t.sysadmin, { id: 'rivers' })
    expect(t.call('organization_delete', t.sysadmin, { id: 'org-a' })).toBeNull()
    expect(t.call('package_show', t.sysadmin, { id: 'rivers' }).organization).toBeNull()
  })

  it('lets a new org member create datasets there, and an editor only', () => {
    t = testEngine()
    const alice = t.user('alice')
    t.call('organization_create', alice, { name: 'org-a' })
    const ed = t.user('ed')
    const mo = t.user('mo')
    t.call('organization_member_create', alice, { id: 'org-a', username: 'ed', role: 'editor' })
    t.call('organization_member_create', alice, { id: 'org-a', username: 'mo', role: 'member' })
    expect(t.call('package_create', ed, { name: 'by-ed', owner_org: 'org-a' }).name).toBe('by-ed')
    expect(t.failure('package_create', mo, { name: 'by-mo', owner_org: 'org-a' }).__type).toBe('Authorization Error')
    expect(t.call('organization_list_for_user', ed, { permission: 'create_dataset' }).map((o: any) => o.name)).toEqual(['org-a'])
  })
})
