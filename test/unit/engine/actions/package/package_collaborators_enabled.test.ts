/**
 * Dataset collaborators with ckan.auth.allow_dataset_collaborators on: who
 * may manage them, what each capacity may do with a private dataset, and
 * what ends a collaboration (CKAN 2.10's actions, authz and validators).
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { EngineConfig } from '../../../../../electron/engine/config.ts'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => t.close())

/** Two organizations, an admin and an editor of the first, a private dataset of it, and three outsiders. */
function catalog(config: Partial<EngineConfig> = {}) {
  t = testEngine({ config: { allowDatasetCollaborators: true, ...config } })
  const admin = t.user('orgadmin')
  const editor = t.user('orgeditor')
  const friend = t.user('friend')
  const helper = t.user('helper')
  const stranger = t.user('stranger')
  const org = t.call('organization_create', t.sysadmin, { name: 'rivers-org' })
  const other = t.call('organization_create', t.sysadmin, { name: 'lakes-org' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'orgadmin', role: 'admin' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'orgeditor', role: 'editor' })
  const pkg = t.call('package_create', t.sysadmin, { name: 'rivers', owner_org: org.id, private: true })
  return { admin, editor, friend, helper, stranger, org, other, pkg }
}

describe('package_collaborator_create with collaborators enabled', () => {
  it('adds a collaborator, changes their capacity on a second call, and answers the row as CKAN dictizes it', () => {
    const { admin, friend, pkg } = catalog()
    const added = t.call('package_collaborator_create', admin, { id: 'rivers', user_id: 'friend', capacity: 'member' })
    expect(Object.keys(added)).toEqual(['package_id', 'user_id', 'capacity', 'modified'])
    expect(added).toMatchObject({ package_id: pkg.id, user_id: friend.user!.id, capacity: 'member' })
    expect(added.modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?$/)
    t.call('package_collaborator_create', admin, { id: pkg.id, user_id: friend.user!.id, capacity: 'editor' })
    expect(t.call('package_collaborator_list', admin, { id: 'rivers' }).map((c: any) => [c.user_id, c.capacity])).toEqual([
      [friend.user!.id, 'editor'],
    ])
  })

  it("refuses 'admin' unless admin collaborators are allowed too, then lets an admin collaborator manage the others", () => {
    catalog()
    expect(t.failure('package_collaborator_create', t.sysadmin, { id: 'rivers', user_id: 'friend', capacity: 'admin' })).toEqual({
      __type: 'Validation Error',
      message: 'Role must be one of "editor, member"',
    })
    t.close()
    const { friend } = catalog({ allowAdminCollaborators: true })
    t.call('package_collaborator_create', t.sysadmin, { id: 'rivers', user_id: 'friend', capacity: 'admin' })
    t.call('package_collaborator_create', friend, { id: 'rivers', user_id: 'helper', capacity: 'member' })
    expect(t.call('package_collaborator_list', friend, { id: 'rivers' })).toHaveLength(2)
    expect(t.failure('package_collaborator_create', friend, { id: 'rivers', user_id: 'x', capacity: 'cook' })).toEqual({
      __type: 'Validation Error',
      message: 'Role must be one of "admin, editor, member"',
    })
  })

  it('lets only admins of the organization (and sysadmins) manage collaborators, and names what is missing', () => {
    const { editor, admin } = catalog()
    expect(t.failure('package_collaborator_create', editor, { id: 'rivers', user_id: 'friend', capacity: 'member' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User orgeditor not authorized to add collaborators to this dataset',
    })
    expect(t.failure('package_collaborator_create', admin, { id: 'rivers', user_id: 'nobody', capacity: 'member' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: User not found',
    })
    expect(t.failure('package_collaborator_create', t.sysadmin, { id: 'no-such', user_id: 'friend', capacity: 'member' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Dataset not found',
    })
  })
})

describe('what a collaborator may do with a private dataset', () => {
  it('a member collaborator reads it (show, search, resources) but may not edit it', () => {
    const { admin, friend, stranger } = catalog()
    t.call('resource_create', t.sysadmin, { package_id: 'rivers', url: 'https://example.org/r.csv' })
    expect(t.failure('package_show', friend, { id: 'rivers' }).__type).toBe('Authorization Error')
    t.call('package_collaborator_create', admin, { id: 'rivers', user_id: 'friend', capacity: 'member' })
    const shown = t.call('package_show', friend, { id: 'rivers' })
    expect(shown.name).toBe('rivers')
    t.call('resource_show', friend, { id: shown.resources[0].id })
    const found = (caller: any) => t.call('package_search', caller, { include_private: true }).results.map((d: any) => d.name)
    expect(found(friend)).toEqual(['rivers'])
    expect(found(stranger)).toEqual([])
    // Facet counts take in what the collaborator sees, with or without a query.
    for (const q of ['', 'rivers']) {
      const facets = t.call('package_search', friend, { q, include_private: true, 'facet.field': ['organization', 'res_format'] }).facets
      expect(facets.organization).toEqual({ 'rivers-org': 1 })
    }
    expect(t.call('package_autocomplete', friend, { q: 'riv' }).map((d: any) => d.name)).toEqual(['rivers'])
    // Activities recorded while collaborators are on carry collaborator-{id}, as CKAN's labels do.
    t.call('package_patch', t.sysadmin, { id: 'rivers', notes: 'Changed' })
    expect(t.call('package_activity_list', friend, { id: 'rivers' }).map((a: any) => a.activity_type)).toContain('changed package')
    expect(t.failure('package_patch', friend, { id: 'rivers', title: 'Changed' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User friend not authorized to edit package ${shown.id}`,
    })
  })

  it('an editor collaborator edits it and its resources, without being asked about groups', () => {
    const { admin, friend } = catalog()
    t.call('group_create', t.sysadmin, { name: 'water' })
    t.call('package_collaborator_create', admin, { id: 'rivers', user_id: 'friend', capacity: 'editor' })
    expect(t.call('package_patch', friend, { id: 'rivers', title: 'Rivers of the north' }).title).toBe('Rivers of the north')
    // CKAN's package_update auth skips its groups check for a collaborator (no 403), and saving the groups
    // then passes over those friend may not read, as package_membership_list_save does.
    expect(t.call('package_patch', friend, { id: 'rivers', groups: [{ name: 'water' }] }).groups).toEqual([])
    expect(t.failure('package_patch', t.user('outsider'), { id: 'rivers', groups: [{ name: 'water' }] }).__type).toBe('Authorization Error')
    const resource = t.call('resource_create', friend, { package_id: 'rivers', url: 'https://example.org/a.csv' })
    t.call('resource_patch', friend, { id: resource.id, name: 'A' })
    t.call('resource_delete', friend, { id: resource.id })
    t.call('package_delete', friend, { id: 'rivers' })
    expect(t.call('package_show', t.sysadmin, { id: 'rivers' }).state).toBe('deleted')
  })

  it('an editor collaborator may not move the dataset to another organization, unless the site allows it', () => {
    const { admin, friend, other } = catalog()
    t.call('package_collaborator_create', admin, { id: 'rivers', user_id: 'friend', capacity: 'editor' })
    t.call('organization_member_create', t.sysadmin, { id: other.id, username: 'friend', role: 'editor' })
    expect(t.failure('package_patch', friend, { id: 'rivers', owner_org: other.id })).toEqual({
      __type: 'Validation Error',
      owner_org: ['You cannot move this dataset to another organization'],
    })
    // Mirrors CKAN, which compares the value as sent with the current organization's id.
    expect(t.failure('package_patch', friend, { id: 'rivers', owner_org: 'rivers-org' }).owner_org).toEqual([
      'You cannot move this dataset to another organization',
    ])
    t.close()
    const again = catalog({ allowCollaboratorsToChangeOwnerOrg: true })
    t.call('package_collaborator_create', again.admin, { id: 'rivers', user_id: 'friend', capacity: 'editor' })
    expect(t.failure('package_patch', again.friend, { id: 'rivers', owner_org: again.other.id }).owner_org).toEqual([
      'You cannot add a dataset to this organization',
    ])
    t.call('organization_member_create', t.sysadmin, { id: again.other.id, username: 'friend', role: 'editor' })
    expect(t.call('package_patch', again.friend, { id: 'rivers', owner_org: again.other.id }).owner_org).toBe(again.other.id)
  })

  it('grants nothing while the setting is off, though the rows stay', () => {
    const { admin, friend } = catalog()
    t.call('package_collaborator_create', admin, { id: 'rivers', user_id: 'friend', capacity: 'editor' })
    t.engine.config.allowDatasetCollaborators = false
    expect(t.failure('package_show', friend, { id: 'rivers' }).__type).toBe('Authorization Error')
    expect(t.call('package_search', friend, { include_private: true }).count).toBe(0)
    expect(t.failure('package_collaborator_list', admin, { id: 'rivers' }).message).toBe('Dataset collaborators not enabled')
    t.engine.config.allowDatasetCollaborators = true
    expect(t.call('package_show', friend, { id: 'rivers' }).name).toBe('rivers')
  })
})

describe('package_collaborator_list and package_collaborator_list_for_user', () => {
  it('filter by capacity and refuse one CKAN does not know', () => {
    const { admin, friend, helper, pkg } = catalog()
    t.call('package_collaborator_create', admin, { id: 'rivers', user_id: 'friend', capacity: 'editor' })
    t.call('package_collaborator_create', admin, { id: 'rivers', user_id: 'helper', capacity: 'member' })
    expect(t.call('package_collaborator_list', admin, { id: 'rivers', capacity: 'member' }).map((c: any) => c.user_id)).toEqual([
      helper.user!.id,
    ])
    expect(t.failure('package_collaborator_list', admin, { id: 'rivers', capacity: 'owner' })).toEqual({
      __type: 'Validation Error',
      message: 'Capacity must be one of "editor, member"',
    })
    const mine = t.call('package_collaborator_list_for_user', friend, { id: 'friend' })
    expect(mine).toEqual([{ package_id: pkg.id, capacity: 'editor', modified: expect.any(String) }])
    expect(t.call('package_collaborator_list_for_user', t.sysadmin, { id: helper.user!.id, capacity: 'editor' })).toEqual([])
  })

  it('refuse a user that does not exist, even to a sysadmin (CKAN test_get.py test_list_for_user_user_not_found)', () => {
    catalog()
    expect(t.failure('package_collaborator_list_for_user', t.sysadmin, { id: 'xxx' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Not allowed to retrieve collaborators',
    })
  })

  it("keep a user's collaborations to the user and sysadmins", () => {
    const { admin } = catalog()
    expect(t.failure('package_collaborator_list_for_user', admin, { id: 'friend' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied',
    })
    // Neither auth function admits anonymous callers: CKAN's authz answers so before the rule runs.
    expect(t.failure('package_collaborator_list_for_user', t.anonymous, { id: 'friend' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action package_collaborator_list_for_user requires an authenticated user',
    })
    expect(t.failure('package_collaborator_list', t.anonymous, { id: 'rivers' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action package_collaborator_list requires an authenticated user',
    })
    expect(t.failure('package_collaborator_list', t.user('outsider'), { id: 'rivers' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User outsider not authorized to list collaborators from this dataset',
    })
  })
})

describe('ending a collaboration', () => {
  it('package_collaborator_delete removes it; a second call says the user is no collaborator', () => {
    const { admin, friend } = catalog()
    t.call('package_collaborator_create', admin, { id: 'rivers', user_id: 'friend', capacity: 'member' })
    expect(t.call('package_collaborator_delete', admin, { id: 'rivers', user_id: 'friend' })).toBeNull()
    expect(t.failure('package_show', friend, { id: 'rivers' }).__type).toBe('Authorization Error')
    expect(t.failure('package_collaborator_delete', admin, { id: 'rivers', user_id: 'friend' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: User friend is not a collaborator on this package',
    })
  })

  it('package_delete drops the dataset\'s collaborators and user_delete the user\'s, as CKAN 2.10 does', () => {
    const { admin } = catalog()
    t.call('package_create', t.sysadmin, { name: 'lakes', owner_org: 'rivers-org', private: true })
    t.call('package_collaborator_create', admin, { id: 'rivers', user_id: 'friend', capacity: 'member' })
    t.call('package_collaborator_create', admin, { id: 'lakes', user_id: 'friend', capacity: 'member' })
    t.call('package_collaborator_create', admin, { id: 'lakes', user_id: 'helper', capacity: 'member' })
    t.call('package_delete', admin, { id: 'rivers' })
    expect(t.call('package_collaborator_list_for_user', t.sysadmin, { id: 'friend' })).toHaveLength(1)
    t.call('user_delete', t.sysadmin, { id: 'friend' })
    expect(t.call('package_collaborator_list', admin, { id: 'lakes' }).length).toBe(1)
    t.call('dataset_purge', t.sysadmin, { id: 'lakes' })
    expect(t.engine.db.prepare('SELECT count(*) AS n FROM package_members').get()).toEqual({ n: 0 })
  })
})
