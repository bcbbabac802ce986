/**
 * The flags group and organization actions read themselves, as CKAN reads
 * them: asbool (words in any case, numbers and lists by truth), a 409
 * "Parameter is not an bool" for the include_* flags _group_or_org_show
 * checks, and group_list_authz's am_member by plain truth.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => t?.close())

function orgWithMember() {
  t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'org-a' })
  t.user('mia')
  t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'mia', role: 'member' })
}

describe('group and organization flags', () => {
  it('reads include_* as asbool: numbers by truth, words trimmed and in any case', () => {
    orgWithMember()
    const show = (params: Record<string, unknown>) => t.call('organization_show', t.sysadmin, { id: 'org-a', ...params })
    expect(show({ include_users: 0 }).users).toBeUndefined()
    expect(show({ include_users: 1 }).users).toHaveLength(2)
    expect(show({ include_users: ' ON ' }).users).toHaveLength(2)
    expect(show({ include_users: 'off' }).users).toBeUndefined()
    expect(show({ include_dataset_count: 0 }).package_count).toBeUndefined()
    expect(show({ include_extras: 'n' }).extras).toBeUndefined()
  })

  it("answers 409 'Parameter is not an bool' for a word asbool does not know in the flags CKAN checks", () => {
    orgWithMember()
    for (const key of ['include_users', 'include_tags', 'include_groups', 'include_extras', 'include_followers']) {
      expect(t.failure('organization_show', t.sysadmin, { id: 'org-a', [key]: 'maybe' }), key).toEqual({
        message: 'Parameter is not an bool', __type: 'Validation Error',
      })
    }
    // CKAN fails with a 500 on these two; the default stands instead.
    expect(t.call('organization_show', t.sysadmin, { id: 'org-a', include_dataset_count: 'maybe' }).package_count).toBe(0)
  })

  it('reads all_fields and include_dataset_count of the lists the same way', () => {
    orgWithMember()
    expect(t.call('organization_list', t.anonymous, { all_fields: 1 })[0].name).toBe('org-a')
    expect(t.call('organization_list', t.anonymous, { all_fields: 'No' })).toEqual(['org-a'])
    expect(t.call('organization_list_for_user', t.engine.asUser('mia'), { include_dataset_count: 'yes' })[0].package_count).toBe(0)
  })

  it("takes group_list_authz's am_member by truth: even the string \"false\" asks for the caller's own groups", () => {
    t = testEngine()
    t.call('group_create', t.user('other-admin', true), { name: 'theirs' }) // its creator is its admin, not ours
    expect(t.call('group_list_authz', t.sysadmin, {}).map((g: any) => g.name)).toEqual(['theirs'])
    expect(t.call('group_list_authz', t.sysadmin, { am_member: false }).map((g: any) => g.name)).toEqual(['theirs'])
    expect(t.call('group_list_authz', t.sysadmin, { am_member: 'false' })).toEqual([])
  })
})
