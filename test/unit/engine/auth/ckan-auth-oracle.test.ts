/**
 * CKAN 2.10's auth-function tests (ckan/tests/logic/auth/test_create.py,
 * test_update.py, test_delete.py, test_get.py, test_init.py) restated
 * through Shelfmark's actions: who may call what. CKAN's tests run with its
 * test-core.ini, where ckan.auth.create_unowned_dataset is on; so do these
 * unless a test says otherwise. Where CKAN's action checks its parameters
 * before the auth function (resource_create's package_id, resource_view_create's
 * resource_id), the outcome asked of the action is the one a client sees.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { EngineConfig } from '../../../../electron/engine/config.ts'
import type { Caller } from '../../../../electron/engine/engine.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => t?.close())

/** An engine as CKAN's tests configure theirs. */
function engine(config: Partial<EngineConfig> = {}) {
  t = testEngine({ config: { createUnownedDataset: true, ...config } })
  return t
}

/** 'ok' when the call succeeds, else the error's __type. */
function outcome(name: string, caller: Caller, params: Record<string, unknown> = {}): string {
  try {
    t.call(name, caller, params)
    return 'ok'
  } catch {
    return t.failure(name, caller, params).__type
  }
}

const denied = 'Authorization Error'

/** An organization with an admin, an editor and a member, and a public dataset of it with one resource and view. */
function orgWithDataset(options: { private?: boolean } = {}) {
  const admin = t.user('org-admin')
  const editor = t.user('org-editor')
  const member = t.user('org-member')
  const outsider = t.user('outsider')
  const org = t.call('organization_create', t.sysadmin, { name: 'the-org' })
  for (const [username, role] of [['org-admin', 'admin'], ['org-editor', 'editor'], ['org-member', 'member']]) {
    t.call('organization_member_create', t.sysadmin, { id: org.id, username, role })
  }
  const dataset = t.call('package_create', t.sysadmin, {
    name: 'org-dataset',
    owner_org: org.id,
    private: options.private ?? false,
    resources: [{ url: 'https://example.com/data.csv' }],
  })
  const resource = dataset.resources[0]
  const view = t.call('resource_view_create', t.sysadmin, { resource_id: resource.id, view_type: 'image_view', title: 'View' })
  return { admin, editor, member, outsider, org, dataset, resource, view }
}

/** A dataset with no organization made by a plain user, with one resource and view. */
function unownedOf(name: string) {
  const user = t.user(name)
  const dataset = t.call('package_create', user, { name: `${name}-dataset`, resources: [{ url: 'https://example.com/x.png' }] })
  const resource = dataset.resources[0]
  const view = t.call('resource_view_create', user, { resource_id: resource.id, view_type: 'image_view', title: 'View' })
  return { user, dataset, resource, view }
}

describe('test_create.py: package_create and the ckan.auth settings', () => {
  it('test_anon_cant_create / test_anon_can_create', () => {
    engine()
    expect(outcome('package_create', t.anonymous, { name: 'anon-one' })).toBe(denied)
    t.close()
    engine({ anonCreateDataset: true })
    expect(outcome('package_create', t.anonymous, { name: 'anon-one' })).toBe('ok')
  })

  it('test_cdnio_overrides_acd / test_cud_overrides_acd', () => {
    engine({ anonCreateDataset: true, createDatasetIfNotInOrganization: false })
    expect(outcome('package_create', t.anonymous, { name: 'anon-one' })).toBe(denied)
    t.close()
    engine({ anonCreateDataset: true, createUnownedDataset: false })
    expect(outcome('package_create', t.anonymous, { name: 'anon-one' })).toBe(denied)
  })

  it('test_no_org_user_can_create, _cant_create_if_cdnio_false, _cant_create_if_cud_false', () => {
    engine()
    expect(outcome('package_create', t.user('loner'), { name: 'lone-one' })).toBe('ok')
    t.close()
    engine({ anonCreateDataset: true, createDatasetIfNotInOrganization: false })
    expect(outcome('package_create', t.user('loner'), { name: 'lone-one' })).toBe(denied)
    t.close()
    engine({ anonCreateDataset: true, createUnownedDataset: false })
    expect(outcome('package_create', t.user('loner'), { name: 'lone-one' })).toBe(denied)
  })

  it('test_same_org_user_can_create / test_different_org_user_cant_create', () => {
    engine()
    const editor = t.user('editor')
    const org1 = t.call('organization_create', t.sysadmin, { name: 'org-one' })
    const org2 = t.call('organization_create', t.sysadmin, { name: 'org-two' })
    t.call('organization_member_create', t.sysadmin, { id: org1.id, username: 'editor', role: 'editor' })
    expect(outcome('package_create', editor, { name: 'same-org-user-can-create', owner_org: org1.id })).toBe('ok')
    expect(outcome('package_create', editor, { name: 'different-org-user-cant-create', owner_org: org2.id })).toBe(denied)
  })
})

describe('test_create.py: user_create, user_invite and api_token_create', () => {
  it('TestUserCreate: sysadmins create users; anonymous callers only with create_user_via_api', () => {
    engine()
    expect(outcome('user_create', t.sysadmin, { name: 'made', email: 'made@example.org', password: 'TestPassword1' })).toBe('ok')
    expect(outcome('user_create', t.anonymous, { name: 'anon', email: 'anon@example.org', password: 'TestPassword1' })).toBe(denied)
    t.close()
    engine({ createUserViaApi: true })
    expect(outcome('user_create', t.anonymous, { name: 'anon', email: 'anon@example.org', password: 'TestPassword1' })).toBe('ok')
  })

  it("test_user_invite_delegates_correctly_to_group_member_create: the group's admins pass, its members do not", () => {
    engine()
    const { admin, member } = orgWithDataset()
    const invite = { email: 'new@example.org', group_id: 'the-org', role: 'member' }
    expect(outcome('user_invite', member, invite)).toBe(denied)
    // Past the auth, Shelfmark answers as a CKAN whose mail server refuses the connection (README).
    expect(t.failure('user_invite', admin, invite).__type).toBe('Validation Error')
  })

  it('TestApiToken: anonymous callers may not create tokens, a user may for themself', () => {
    engine()
    t.user('holder')
    expect(outcome('api_token_create', t.anonymous, { user: 'holder', name: 'x' })).toBe(denied)
    expect(outcome('api_token_create', t.engine.asUser('holder'), { user: 'holder', name: 'x' })).toBe('ok')
  })
})

describe('test_create.py: resources, views and default views', () => {
  it('resource_view_create: the dataset creator may, a user without rights and anonymous callers may not', () => {
    engine()
    const mine = unownedOf('creator')
    expect(outcome('resource_view_create', mine.user, { resource_id: mine.resource.id, view_type: 'image_view', title: 'V', image_url: 'url' })).toBe('ok')
    const { resource, outsider } = orgWithDataset()
    const params = { resource_id: resource.id, view_type: 'image_view', title: 'V', image_url: 'url' }
    expect(outcome('resource_view_create', outsider, params)).toBe(denied)
    expect(outcome('resource_view_create', t.anonymous, params)).toBe(denied)
  })

  it('resource_create_default_resource_views and package_create_default_resource_views', () => {
    engine()
    const mine = unownedOf('creator')
    expect(outcome('resource_create_default_resource_views', mine.user, { resource: mine.resource })).toBe('ok')
    expect(outcome('package_create_default_resource_views', mine.user, { package: mine.dataset })).toBe('ok')
    const { dataset, resource, outsider } = orgWithDataset()
    expect(outcome('resource_create_default_resource_views', outsider, { resource })).toBe(denied)
    expect(outcome('resource_create_default_resource_views', t.anonymous, { resource })).toBe(denied)
    expect(outcome('package_create_default_resource_views', outsider, { package: dataset })).toBe(denied)
    expect(outcome('package_create_default_resource_views', t.anonymous, { package: dataset })).toBe(denied)
  })

  it('resource_create: the creator and sysadmins may, others and anonymous callers may not; an unknown dataset is 404', () => {
    engine()
    const mine = unownedOf('creator')
    const resource = { package_id: mine.dataset.id, name: 'Resource', url: 'http://test', format: 'csv' }
    expect(outcome('resource_create', mine.user, resource)).toBe('ok')
    const { dataset, outsider } = orgWithDataset()
    expect(outcome('resource_create', outsider, { ...resource, package_id: dataset.id })).toBe(denied)
    expect(outcome('resource_create', t.anonymous, { ...resource, package_id: dataset.id })).toBe(denied)
    expect(outcome('resource_create', t.sysadmin, { ...resource, package_id: dataset.id })).toBe('ok')
    expect(outcome('resource_create', outsider, { ...resource, package_id: 'does_not_exist' })).toBe('Not Found Error')
  })

  it('test_normal_user_cant_use_it: activity_create is for sysadmins', () => {
    engine()
    const { outsider, dataset } = orgWithDataset()
    expect(outcome('activity_create', outsider, { subject_id: dataset.id, object_id: dataset.id, activity_type: 'changed package' })).toBe(denied)
  })
})

describe('test_create.py / test_delete.py / test_get.py: who manages collaborators', () => {
  for (const action of ['package_collaborator_create', 'package_collaborator_delete', 'package_collaborator_list'] as const) {
    const params = (id: string) => (action === 'package_collaborator_list' ? { id } : { id, user_id: 'someone', capacity: 'member' })
    const verdict = (caller: Caller, id: string) => {
      // The delete of someone who is no collaborator is a 404 after the auth: that counts as allowed.
      const got = outcome(action, caller, params(id))
      return got === 'Not Found Error' && action === 'package_collaborator_delete' ? 'ok' : got
    }

    it(`${action}: the organization's admin may; its editor, member, an outsider and another organization's admin may not`, () => {
      engine({ allowDatasetCollaborators: true })
      const { admin, editor, member, outsider, dataset } = orgWithDataset()
      t.user('someone')
      const otherAdmin = t.user('other-admin')
      const other = t.call('organization_create', t.sysadmin, { name: 'other-org' })
      t.call('organization_member_create', t.sysadmin, { id: other.id, username: 'other-admin', role: 'admin' })
      expect(verdict(admin, dataset.id)).toBe('ok')
      expect(verdict(editor, dataset.id)).toBe(denied)
      expect(verdict(member, dataset.id)).toBe(denied)
      expect(verdict(outsider, dataset.id)).toBe(denied)
      expect(verdict(otherAdmin, dataset.id)).toBe(denied)
    })

    it(`${action}: an admin collaborator may, editor and member collaborators may not`, () => {
      engine({ allowDatasetCollaborators: true, allowAdminCollaborators: true })
      const { dataset } = orgWithDataset()
      t.user('someone')
      for (const capacity of ['admin', 'editor', 'member']) {
        const user = t.user(`collab-${capacity}`)
        t.call('package_collaborator_create', t.sysadmin, { id: dataset.id, user_id: `collab-${capacity}`, capacity })
        expect(verdict(user, dataset.id)).toBe(capacity === 'admin' ? 'ok' : denied)
      }
    })

    it(`${action}: an unowned dataset is its creator's to manage, not an organization admin's`, () => {
      engine({ allowDatasetCollaborators: true })
      const { admin } = orgWithDataset()
      t.user('someone')
      const mine = unownedOf('creator')
      expect(verdict(mine.user, mine.dataset.id)).toBe('ok')
      expect(verdict(admin, mine.dataset.id)).toBe(denied)
    })
  }

  it("with create_dataset_if_not_in_organization off, an unowned dataset's creator no longer manages its collaborators", () => {
    // CKAN's can_manage_collaborators grants the creator of an unowned dataset only while both
    // create_unowned_dataset and create_dataset_if_not_in_organization are on.
    engine({ allowDatasetCollaborators: true, createDatasetIfNotInOrganization: false })
    orgWithDataset()
    t.user('someone')
    const editor = t.engine.asUser('org-editor')
    const unowned = t.call('package_create', editor, { name: 'editors-unowned' })
    expect(unowned.owner_org).toBeNull()
    expect(outcome('package_collaborator_list', editor, { id: unowned.id })).toBe(denied)
    expect(outcome('package_collaborator_create', editor, { id: unowned.id, user_id: 'someone', capacity: 'member' })).toBe(denied)
    expect(outcome('package_collaborator_delete', editor, { id: unowned.id, user_id: 'someone' })).toBe(denied)
    expect(t.failure('package_collaborator_list', editor, { id: unowned.id }).message).toBe(
      'Access denied: User org-editor not authorized to list collaborators from this dataset',
    )
  })

  it('package_collaborator_list_for_user: a user lists their own; org admins, editors, members and others may not', () => {
    engine({ allowDatasetCollaborators: true })
    const { admin, editor, member } = orgWithDataset()
    const normal = t.user('normal')
    expect(outcome('package_collaborator_list_for_user', normal, { id: normal.user!.id })).toBe('ok')
    for (const caller of [admin, editor, member]) {
      expect(outcome('package_collaborator_list_for_user', caller, { id: normal.user!.id })).toBe(denied)
    }
  })
})

describe('test_update.py', () => {
  it('user_update: anonymous callers and other users may not, a user updates themself', () => {
    engine()
    const fred = t.user('fred')
    const bob = t.user('bob')
    // CKAN's test renames the user; its action then refuses any rename ('That login name can not be modified.').
    const params = { id: fred.user!.id, fullname: 'Updated', email: 'fred@example.org' }
    expect(outcome('user_update', t.anonymous, params)).toBe(denied)
    expect(outcome('user_update', bob, params)).toBe(denied)
    expect(outcome('user_update', fred, params)).toBe('ok')
  })

  it('resource_view_update: anonymous callers and users without rights may not; the creator may', () => {
    engine()
    const mine = unownedOf('creator')
    const { view, resource, outsider } = orgWithDataset()
    const params = { id: view.id, resource_id: resource.id, title: 'Resource View Updated', view_type: 'image_view', image_url: 'url' }
    expect(outcome('resource_view_update', t.anonymous, params)).toBe(denied)
    expect(outcome('resource_view_update', outsider, params)).toBe(denied)
    expect(outcome('resource_view_update', mine.user, { ...params, id: mine.view.id, resource_id: mine.resource.id })).toBe('ok')
  })

  it('config_option_update, _show and _list are for sysadmins', () => {
    engine()
    const fred = t.user('fred')
    for (const action of ['config_option_update', 'config_option_show', 'config_option_list']) {
      const params = action === 'config_option_show' ? { key: 'ckan.site_title' } : action === 'config_option_update' ? { 'ckan.site_title': 'X' } : {}
      expect(outcome(action, t.anonymous, params)).toBe(denied)
      expect(outcome(action, fred, params)).toBe(denied)
      expect(outcome(action, t.sysadmin, params)).toBe('ok')
    }
  })

  for (const priv of [false, true]) {
    it(`TestUpdateAuthWithCollaborators (private ${priv}): admin and editor collaborators update and delete the dataset and its resources; members do not`, () => {
      engine({ allowDatasetCollaborators: true, allowAdminCollaborators: true })
      const { dataset, resource } = orgWithDataset({ private: priv })
      for (const capacity of ['admin', 'editor', 'member']) {
        const user = t.user(`collab-${capacity}`)
        const checks: [string, Record<string, unknown>][] = [
          ['package_patch', { id: dataset.id, notes: capacity }],
          ['resource_create', { package_id: dataset.id, url: 'http://x' }],
          ['resource_patch', { id: resource.id, description: capacity }],
          ['resource_view_create', { resource_id: resource.id, view_type: 'image_view', title: capacity }],
        ]
        for (const [action, params] of checks) expect(outcome(action, user, params)).toBe(denied)
        t.call('package_collaborator_create', t.sysadmin, { id: dataset.id, user_id: `collab-${capacity}`, capacity })
        const expected = capacity === 'member' ? denied : 'ok'
        for (const [action, params] of checks) expect([action, outcome(action, user, params)]).toEqual([action, expected])
      }
      // Deletes last: a resource and then the dataset.
      const editor = t.engine.asUser('collab-editor')
      const memberCollab = t.engine.asUser('collab-member')
      expect(outcome('resource_delete', memberCollab, { id: resource.id })).toBe(denied)
      expect(outcome('package_delete', memberCollab, { id: dataset.id })).toBe(denied)
      expect(outcome('resource_delete', editor, { id: resource.id })).toBe('ok')
      expect(outcome('package_delete', editor, { id: dataset.id })).toBe('ok')
    })
  }
})

describe('test_delete.py', () => {
  it('resource_delete and resource_view_delete: anonymous callers and outsiders may not, an editor may', () => {
    engine()
    const { editor, outsider, resource, view } = orgWithDataset()
    expect(outcome('resource_delete', t.anonymous, { id: resource.id })).toBe(denied)
    expect(outcome('resource_delete', outsider, { id: resource.id })).toBe(denied)
    expect(outcome('resource_view_delete', t.anonymous, { id: view.id })).toBe(denied)
    expect(outcome('resource_view_delete', outsider, { id: view.id })).toBe(denied)
    expect(outcome('resource_view_delete', editor, { id: view.id })).toBe('ok')
    expect(outcome('resource_delete', editor, { id: resource.id })).toBe('ok')
  })

  it('resource_view_clear is for sysadmins', () => {
    engine()
    expect(outcome('resource_view_clear', t.anonymous)).toBe(denied)
    expect(outcome('resource_view_clear', t.user('fred'))).toBe(denied)
    expect(outcome('resource_view_clear', t.sysadmin)).toBe('ok')
  })

  it('api_token_revoke: anonymous callers may not; a user revokes their own token, not another\'s nor one that does not exist', () => {
    engine()
    t.user('owner')
    const notOwner = t.user('not-owner')
    const owner = t.engine.asUser('owner')
    const { token } = t.call('api_token_create', owner, { user: 'owner', name: 'x' })
    const [{ id: jti }] = t.call('api_token_list', owner, { user_id: 'owner' })
    expect(outcome('api_token_revoke', t.anonymous, { jti })).toBe(denied)
    expect(outcome('api_token_revoke', notOwner, { jti })).toBe(denied)
    expect(outcome('api_token_revoke', notOwner, { jti: 'not-exists' })).toBe(denied)
    expect(outcome('api_token_revoke', owner, { token })).toBe('ok')
  })
})

describe('test_get.py', () => {
  it('user_list: anonymous callers list users unless public_user_details is off; an email filter is for sysadmins', () => {
    engine()
    expect(outcome('user_list', t.anonymous)).toBe('ok')
    expect(outcome('user_list', t.anonymous, { email: 'a@example.com' })).toBe(denied)
    t.close()
    engine({ publicUserDetails: false })
    expect(outcome('user_list', t.anonymous)).toBe(denied)
  })

  it('user_show: anonymous callers see users unless public_user_details is off; a user sees themself', () => {
    engine()
    const fred = t.user('fred')
    expect(outcome('user_show', t.anonymous, { id: fred.user!.id })).toBe('ok')
    t.close()
    engine({ publicUserDetails: false })
    const fred2 = t.user('fred')
    expect(outcome('user_show', t.anonymous, { id: fred2.user!.id })).toBe(denied)
    expect(outcome('user_show', fred2, { id: fred2.user!.id })).toBe('ok')
  })

  it('package_show: a deleted dataset is hidden from the public, shown to its editors', () => {
    engine()
    const { editor, dataset } = orgWithDataset()
    t.call('package_delete', t.sysadmin, { id: dataset.id })
    expect(outcome('package_show', t.anonymous, { id: dataset.name })).toBe(denied)
    expect(outcome('package_show', editor, { id: dataset.name })).toBe('ok')
  })

  it('group_show / organization_show: a deleted group or organization is hidden from the public, shown to its members', () => {
    engine()
    const fred = t.user('fred')
    // As CKAN's factories make them: created deleted, with their members (group_delete would end the memberships).
    t.call('group_create', t.sysadmin, { name: 'the-group', state: 'deleted', users: [{ name: 'fred', capacity: 'editor' }] })
    t.call('organization_create', t.sysadmin, { name: 'the-org', state: 'deleted', users: [{ name: 'fred', capacity: 'editor' }] })
    expect(outcome('group_show', t.anonymous, { id: 'the-group' })).toBe(denied)
    expect(outcome('organization_show', t.anonymous, { id: 'the-org' })).toBe(denied)
    expect(outcome('group_show', t.user('bob'), { id: 'the-group' })).toBe(denied)
    expect(outcome('group_show', fred, { id: 'the-group' })).toBe('ok')
    expect(outcome('organization_show', fred, { id: 'the-org' })).toBe('ok')
  })

  it("group_show: a group's users are shown to the public unless public_user_details is off", () => {
    engine()
    t.call('group_create', t.sysadmin, { name: 'the-group' })
    expect(outcome('group_show', t.anonymous, { id: 'the-group' })).toBe('ok')
    expect(outcome('group_show', t.anonymous, { id: 'the-group', include_users: true })).toBe('ok')
    t.close()
    engine({ publicUserDetails: false })
    t.call('group_create', t.sysadmin, { name: 'the-group' })
    expect(outcome('group_show', t.anonymous, { id: 'the-group', include_users: true })).toBe(denied)
  })

  it('api_token_list: anonymous callers may not, a user lists their own', () => {
    engine()
    const user = t.user('holder')
    expect(outcome('api_token_list', t.anonymous, { user_id: 'holder' })).toBe(denied)
    expect(outcome('api_token_list', user, { user_id: 'holder' })).toBe('ok')
  })

  it('TestGetAuthWithCollaborators: editor and member collaborators read the private dataset, its resources and views', () => {
    engine({ allowDatasetCollaborators: true })
    const { dataset, resource, view } = orgWithDataset({ private: true })
    for (const capacity of ['editor', 'member']) {
      const user = t.user(`collab-${capacity}`)
      const checks: [string, Record<string, unknown>][] = [
        ['package_show', { id: dataset.id }],
        ['resource_show', { id: resource.id }],
        ['resource_view_list', { id: resource.id }],
        ['resource_view_show', { id: view.id }],
      ]
      for (const [action, params] of checks) expect([action, outcome(action, user, params)]).toEqual([action, denied])
      t.call('package_collaborator_create', t.sysadmin, { id: dataset.id, user_id: `collab-${capacity}`, capacity })
      for (const [action, params] of checks) expect([action, outcome(action, user, params)]).toEqual([action, 'ok'])
    }
  })

  it('TestFollower: follower lists are for sysadmins', () => {
    engine()
    const { dataset, org } = orgWithDataset()
    const fred = t.user('fred')
    const group = t.call('group_create', t.sysadmin, { name: 'the-group' })
    const ids: Record<string, string> = {
      user_follower_list: fred.user!.id,
      dataset_follower_list: dataset.id,
      group_follower_list: group.id,
      organization_follower_list: org.id,
    }
    for (const [action, id] of Object.entries(ids)) {
      expect([action, outcome(action, t.anonymous, { id })]).toEqual([action, denied])
      expect([action, outcome(action, fred, { id })]).toEqual([action, denied])
      expect([action, outcome(action, t.sysadmin, { id })]).toEqual([action, 'ok'])
    }
  })

  it("TestFollowee: a user lists their own followees, not another's; sysadmins any; anonymous callers none", () => {
    engine()
    const fred = t.user('fred')
    const bob = t.user('bob')
    for (const action of ['user_followee_list', 'dataset_followee_list', 'group_followee_list', 'organization_followee_list']) {
      expect([action, outcome(action, t.anonymous, { id: fred.user!.id })]).toEqual([action, denied])
      expect([action, outcome(action, bob, { id: fred.user!.id })]).toEqual([action, denied])
      expect([action, outcome(action, fred, { id: fred.user!.id })]).toEqual([action, 'ok'])
      expect([action, outcome(action, t.sysadmin, { id: fred.user!.id })]).toEqual([action, 'ok'])
    }
    expect(outcome('followee_list', bob, { id: fred.user!.id })).toBe(denied)
    expect(outcome('followee_list', fred, { id: fred.user!.id })).toBe('ok')
  })

  it('status_show, the follower and followee counts and the public reads are open to anonymous callers', () => {
    engine()
    const { dataset, org, resource } = orgWithDataset()
    const fred = t.user('fred')
    const group = t.call('group_create', t.sysadmin, { name: 'the-group' })
    const checks: [string, Record<string, unknown>][] = [
      ['status_show', {}],
      ['dataset_followee_count', { id: fred.user!.id }],
      ['followee_count', { id: fred.user!.id }],
      ['group_followee_count', { id: fred.user!.id }],
      ['organization_followee_count', { id: fred.user!.id }],
      ['user_followee_count', { id: fred.user!.id }],
      ['dataset_follower_count', { id: dataset.id }],
      ['group_follower_count', { id: group.id }],
      ['organization_follower_count', { id: org.id }],
      ['user_follower_count', { id: fred.user!.id }],
      ['group_package_show', { id: group.id }],
      ['member_list', { id: group.id }],
      ['resource_search', { query: `name:${resource.name ?? ''}` }],
      ['tag_search', { query: 'x' }],
      ['term_translation_show', { terms: ['x'] }],
    ]
    for (const [action, params] of checks) expect([action, outcome(action, t.anonymous, params)]).toEqual([action, 'ok'])
  })
})

describe('test_init.py: the auth functions look their object up first', () => {
  it('an update without id is a 409 naming the object; an unknown id a 404', () => {
    engine()
    const fred = t.user('fred')
    expect(t.failure('package_patch', fred, {})).toEqual({ __type: 'Validation Error', message: 'Missing id, can not get Package object' })
    expect(t.failure('package_patch', fred, { id: 'not_here' }).__type).toBe('Not Found Error')
    expect(t.failure('resource_patch', fred, {})).toEqual({ __type: 'Validation Error', message: 'Missing id, can not get Resource object' })
    expect(t.failure('resource_patch', fred, { id: 'not_here' }).__type).toBe('Not Found Error')
    expect(t.failure('group_patch', fred, {})).toEqual({ __type: 'Validation Error', message: 'Missing id, can not get Group object' })
    expect(t.failure('group_patch', fred, { id: 'not_here' }).__type).toBe('Not Found Error')
    expect(t.failure('user_patch', fred, {})).toEqual({ __type: 'Validation Error', message: 'Missing id, can not get User object' })
  })
})
