/**
 * CKAN's ckan/tests/legacy/functional/api/model/test_group_and_organization_purge.py
 * restated through Shelfmark's actions. Its dataset starts with no
 * organization, so the catalog allows unowned datasets, as that test's
 * CKAN did (under 2.10's default an organization with datasets is not
 * purged: organization_delete.test.ts); its users' emails and passwords
 * are made valid for 2.10.
 */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

function setup() {
  const t = testEngine({ config: { createUnownedDataset: true } })
  t.call('package_create', t.sysadmin, { name: 'test_package' })
  for (const name of ['non_member', 'member', 'editor', 'admin_user']) {
    t.call('user_create', t.sysadmin, { name, email: `${name}@example.com`, password: 'TestPassword1' })
  }
  const users = [{ name: 'member', capacity: 'member' }, { name: 'editor', capacity: 'editor' }, { name: 'admin_user', capacity: 'admin' }]
  const create = (name: string, isOrg: boolean) => {
    if (!isOrg) return t.call('group_create', t.sysadmin, { name, users, packages: [{ id: 'test_package' }] })
    const org = t.call('organization_create', t.sysadmin, { name, users })
    t.call('package_update', t.sysadmin, { name: 'test_package', owner_org: org.name })
    return org
  }
  return { t, create }
}

describe('TestGroupAndOrganizationPurging', () => {
  for (const isOrg of [true, false]) {
    const kind = isOrg ? 'organization' : 'group'
    for (const byId of [false, true]) {
      it(`test_${kind}_purge_by_${byId ? 'id' : 'name'}`, () => {
        const { t, create } = setup()
        const name = `${kind}-to-be-purged${byId ? '-2' : ''}`
        const made = create(name, isOrg)
        expect(t.call(`${kind}_purge`, t.sysadmin, { id: byId ? made.id : made.name })).toBeNull()
        expect(t.failure(`${kind}_show`, t.anonymous, { id: name })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
        expect(t.call(`${kind}_list`, t.anonymous)).not.toContain(name)
        const pkg = t.call('package_show', t.anonymous, { id: 'test_package' })
        if (isOrg) expect(pkg.organization).toBeNull()
        else expect(pkg.groups.map((g: any) => g.name)).not.toContain(name)
        expect(t.call(`${kind}_create`, t.sysadmin, { name }).name).toBe(name)
        t.close()
      })
    }

    it(`test_${kind}_purge_with_invalid_id / missing id`, () => {
      const { t } = setup()
      const message = `Not found: ${isOrg ? 'Organization' : 'Group'} was not found`
      for (const id of ['foo', 'invalid name', null, '']) {
        expect(t.failure(`${kind}_purge`, t.sysadmin, { id })).toEqual({ __type: 'Not Found Error', message })
      }
      expect(t.failure(`${kind}_purge`, t.sysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
      t.close()
    })

    it(`test_visitors/users/members/editors/admins_cannot_purge_${kind}s`, () => {
      const { t, create } = setup()
      const made = create(`${kind}-to-be-purged-3`, isOrg)
      expect(t.failure(`${kind}_purge`, t.anonymous, { id: made.id }).__type).toBe('Authorization Error')
      for (const name of ['non_member', 'member', 'editor', 'admin_user']) {
        expect(t.failure(`${kind}_purge`, t.engine.asUser(name), { id: made.id }), name).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
      }
      expect(t.call(`${kind}_show`, t.anonymous, { id: made.id }).name).toBe(made.name)
      t.close()
    })
  }
})
