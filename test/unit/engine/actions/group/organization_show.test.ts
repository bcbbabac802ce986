import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { seedDataset } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

/** An org with two public datasets, one private and one deleted; "mia" is a member. */
function orgWithDatasets() {
  t = testEngine()
  const org = t.call('organization_create', t.sysadmin, { name: 'org-a', title: 'Org A' })
  seedDataset(t, { name: 'pub-1', ownerOrg: org.id })
  seedDataset(t, { name: 'pub-2', ownerOrg: org.id })
  seedDataset(t, { name: 'secret', ownerOrg: org.id, private: true })
  seedDataset(t, { name: 'gone', ownerOrg: org.id, state: 'deleted' })
  const mia = t.user('mia')
  t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'mia', role: 'member' })
  return { org, mia }
}

describe('organization_show', () => {
  it('counts private datasets only for readers of the org', () => {
    const { mia } = orgWithDatasets()
    expect(t.call('organization_show', t.anonymous, { id: 'org-a' }).package_count).toBe(2)
    expect(t.call('organization_show', t.user('outsider'), { id: 'org-a' }).package_count).toBe(2)
    expect(t.call('organization_show', mia, { id: 'org-a' }).package_count).toBe(3)
    expect(t.call('organization_show', t.sysadmin, { id: 'org-a' }).package_count).toBe(3)
  })

  it('lists datasets with include_datasets, as the caller may see them', () => {
    const { mia } = orgWithDatasets()
    const anon = t.call('organization_show', t.anonymous, { id: 'org-a', include_datasets: true })
    expect(anon.packages.map((p: any) => p.name).sort()).toEqual(['pub-1', 'pub-2'])
    expect(anon.packages[0].organization).toMatchObject({ name: 'org-a', title: 'Org A', is_organization: true })
    const member = t.call('organization_show', mia, { id: 'org-a', include_datasets: 'true' })
    expect(member.packages.map((p: any) => p.name).sort()).toEqual(['pub-1', 'pub-2', 'secret'])
    expect(t.call('organization_show', t.anonymous, { id: 'org-a' }).packages).toBeUndefined()
  })

  it('lists at most 10 datasets', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'big' })
    for (let i = 0; i < 12; i++) seedDataset(t, { name: `ds-${i}`, ownerOrg: org.id })
    const shown = t.call('organization_show', t.anonymous, { id: 'big', include_datasets: true })
    expect(shown.package_count).toBe(12)
    expect(shown.packages).toHaveLength(10)
  })

  it('drops package_count with include_dataset_count=false', () => {
    orgWithDatasets()
    expect('package_count' in t.call('organization_show', t.anonymous, { id: 'org-a', include_dataset_count: false })).toBe(false)
  })

  it('leaves out users, extras, tags and groups when asked', () => {
    orgWithDatasets()
    const org = t.call('organization_show', t.anonymous, {
      id: 'org-a',
      include_users: false,
      include_extras: false,
      include_tags: false,
      include_groups: false,
    })
    for (const key of ['users', 'extras', 'tags', 'groups']) expect(key in org, key).toBe(false)
    expect(org.num_followers).toBe(0)
  })

  it('lists users sorted by name, never with their email', () => {
    orgWithDatasets()
    const users = t.call('organization_show', t.sysadmin, { id: 'org-a' }).users
    expect(users.map((u: any) => [u.name, u.capacity])).toEqual([['admin', 'admin'], ['mia', 'member']])
    expect(users.every((u: any) => !('email' in u) && !('apikey' in u))).toBe(true)
  })

  it('finds by id or name', () => {
    const { org } = orgWithDatasets()
    expect(t.call('organization_show', t.anonymous, { id: org.id }).name).toBe('org-a')
  })

  it('answers a bare 404 for an unknown id and for a group', () => {
    t = testEngine()
    t.call('group_create', t.sysadmin, { name: 'a-group' })
    expect(t.failure('organization_show', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('organization_show', t.anonymous, { id: 'a-group' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('group_show', t.anonymous, { id: 'nope' }).__type).toBe('Not Found Error')
  })

  it('reports a missing id', () => {
    t = testEngine()
    expect(t.failure('organization_show', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
  })

  it('shows a deleted organization to sysadmins only', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'old' })
    t.call('organization_delete', t.sysadmin, { id: 'old' })
    expect(t.failure('organization_show', t.anonymous, { id: 'old' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User  not authorized to read group ${org.id}`,
    })
    expect(t.call('organization_show', t.sysadmin, { id: 'old' }).state).toBe('deleted')
  })

  it('hides users from outsiders when public_user_details is off', () => {
    t = testEngine({ config: { publicUserDetails: false } })
    const org = t.call('organization_create', t.sysadmin, { name: 'quiet' })
    expect('users' in t.call('organization_show', t.anonymous, { id: 'quiet' })).toBe(false)
    expect(t.failure('organization_show', t.anonymous, { id: 'quiet', include_users: true }).message).toBe(
      `Access denied: User  not authorized to read group ${org.id}`,
    )
    expect(t.call('organization_show', t.sysadmin, { id: 'quiet', include_users: true }).users).toHaveLength(1)
  })
})

describe('group_show', () => {
  it('counts and lists only public active datasets, even for members (061)', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'owner' })
    const pub = seedDataset(t, { name: 'pub', ownerOrg: org.id })
    const priv = seedDataset(t, { name: 'priv', ownerOrg: org.id, private: true })
    t.call('group_create', t.sysadmin, { name: 'topic' })
    t.call('member_create', t.sysadmin, { id: 'topic', object: pub, object_type: 'package', capacity: 'public' })
    t.call('member_create', t.sysadmin, { id: 'topic', object: priv, object_type: 'package', capacity: 'public' })
    const group = t.call('group_show', t.sysadmin, { id: 'topic', include_datasets: true })
    expect(group.package_count).toBe(1)
    expect(group.packages.map((p: any) => p.name)).toEqual(['pub'])
    expect(group.packages[0].groups.map((g: any) => g.name)).toEqual(['topic'])
  })

  it('answers 404 for an organization', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'an-org' })
    expect(t.failure('group_show', t.anonymous, { id: 'an-org' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
  })
})

describe('organization_show linked organizations', () => {
  it('lists them as group_list_dictize does: by display name, every active dataset counted, their own links nested', () => {
    t = testEngine()
    const parent = t.call('organization_create', t.sysadmin, { name: 'parent' })
    const zeta = t.call('organization_create', t.sysadmin, { name: 'zeta', title: 'Alpha unit' })
    t.call('organization_create', t.sysadmin, { name: 'beta', title: 'Zulu unit' })
    t.call('organization_create', t.sysadmin, { name: 'leaf' })
    t.call('member_create', t.sysadmin, { id: 'parent', object: 'zeta', object_type: 'group', capacity: 'parent' })
    t.call('member_create', t.sysadmin, { id: 'parent', object: 'beta', object_type: 'group', capacity: 'parent' })
    t.call('member_create', t.sysadmin, { id: 'zeta', object: 'leaf', object_type: 'group', capacity: 'parent' })
    seedDataset(t, { name: 'open', ownerOrg: zeta.id })
    seedDataset(t, { name: 'closed', ownerOrg: zeta.id, private: true })
    const shown = t.call('organization_show', t.anonymous, { id: parent.id })
    expect(shown.groups.map((g: any) => g.name)).toEqual(['zeta', 'beta'])
    const [first] = shown.groups
    expect(first).toMatchObject({ name: 'zeta', capacity: 'parent', package_count: 2 })
    expect(first).not.toHaveProperty('num_followers')
    expect(first.groups.map((g: any) => g.name)).toEqual(['leaf'])
    expect(first.groups[0].groups).toEqual([])
  })
})
