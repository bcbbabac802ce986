/**
 * The Action API requests of CKAN's legacy
 * ckan/tests/legacy/functional/api/model/test_package.py (the rest of it
 * drives the old REST API). Its test-core.ini turns
 * ckan.auth.create_unowned_dataset on, as these engines do.
 */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('model/test_package.py over the Action API', () => {
  it('test_create_public_package_with_no_organization / test_make_package_with_no_organization_private: the whole package_show dict sent back with private true gets the private error alone', () => {
    const t = testEngine({ config: { createUnownedDataset: true } })
    const created = t.call('package_create', t.sysadmin, { name: 'test_2', private: false })
    expect(created.owner_org).toBeNull()
    const shown = t.call('package_show', t.sysadmin, { id: created.id })
    expect(t.failure('package_update', t.sysadmin, { ...shown, private: true })).toEqual({
      __type: 'Validation Error',
      private: ["Datasets with no organization can't be private."],
    })
    expect(t.call('package_show', t.sysadmin, { id: created.id }).private).toBe(false)
    t.close()
  })
})
