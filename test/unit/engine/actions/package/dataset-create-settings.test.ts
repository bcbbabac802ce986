/**
 * The three ckan.auth settings behind package_create's first check, which
 * package_update asks again of a dataset no organization owns:
 * create_unowned_dataset, create_dataset_if_not_in_organization and
 * anon_create_dataset (ckan/logic/auth/create.py and update.py).
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { EngineConfig } from '../../../../../electron/engine/config.ts'
import { catalog, type Catalog } from './catalog.ts'

let t: Catalog
afterEach(() => t.close())

/** A catalog with an unowned dataset made while unowned datasets were allowed, then run with `config`. */
function withUnownedDataset(config: Partial<EngineConfig>): { id: string } {
  t = catalog({ createUnownedDataset: true })
  const dataset = t.call('package_create', t.sysadmin, { name: 'unowned-one' })
  Object.assign(t.engine.config, { createUnownedDataset: false, ...config })
  return dataset
}

const notAuthorizedToEdit = (user: string, id: string) => ({
  __type: 'Authorization Error', message: `Access denied: User ${user} not authorized to edit package ${id}`,
})

describe('package_update of an unowned dataset', () => {
  it('is for editors of some organization under the default settings, as CKAN', () => {
    const dataset = withUnownedDataset({})
    expect(t.call('package_update', t.editor, { id: dataset.id, name: 'unowned-one', title: 'By an editor' }).title).toBe('By an editor')
    expect(t.failure('package_update', t.member, { id: dataset.id, name: 'unowned-one' })).toEqual(notAuthorizedToEdit('member-user-ac8697', dataset.id))
    expect(t.failure('package_update', t.outsider, { id: dataset.id, name: 'unowned-one' })).toEqual(notAuthorizedToEdit('outsider-ac8697', dataset.id))
    expect(t.failure('package_update', t.anonymous, { id: dataset.id, name: 'unowned-one' })).toEqual(notAuthorizedToEdit('', dataset.id))
    // Its resources follow the same rule.
    expect(t.call('resource_create', t.editor, { package_id: dataset.id, url: 'http://example.org/a.csv' }).package_id).toBe(dataset.id)
  })

  it('is for every logged-in user once unowned datasets are allowed, unless create_dataset_if_not_in_organization is off', () => {
    const dataset = withUnownedDataset({ createUnownedDataset: true })
    expect(t.call('package_update', t.outsider, { id: dataset.id, name: 'unowned-one', title: 'By anyone' }).title).toBe('By anyone')
    t.engine.config.createDatasetIfNotInOrganization = false
    expect(t.failure('package_update', t.outsider, { id: dataset.id, name: 'unowned-one' })).toEqual(notAuthorizedToEdit('outsider-ac8697', dataset.id))
    expect(t.call('package_update', t.editor, { id: dataset.id, name: 'unowned-one', title: 'Editor again' }).title).toBe('Editor again')
  })
})

describe('package_create and the dataset-creation settings', () => {
  it('lets users outside any organization create unowned datasets only while both settings are on', () => {
    t = catalog({ createUnownedDataset: true })
    expect(t.call('package_create', t.outsider, { name: 'outsiders-own' }).owner_org).toBeNull()
    t.engine.config.createDatasetIfNotInOrganization = false
    expect(t.failure('package_create', t.outsider, { name: 'outsiders-second' })).toEqual({
      __type: 'Authorization Error', message: 'Access denied: User outsider-ac8697 not authorized to create packages',
    })
    // An editor of some organization still may, and may leave the new one unowned.
    expect(t.call('package_create', t.editor, { name: 'editors-unowned' }).owner_org).toBeNull()
  })

  it('lets anonymous callers create and update unowned datasets only with all three settings on', () => {
    t = catalog({ createUnownedDataset: true })
    const refused = { __type: 'Authorization Error', message: 'Access denied: User  not authorized to create packages' }
    expect(t.failure('package_create', t.anonymous, { name: 'by-nobody' })).toEqual(refused)
    t.engine.config.anonCreateDataset = true
    const created = t.call('package_create', t.anonymous, { name: 'by-nobody', title: 'From nobody' })
    expect(created).toMatchObject({ name: 'by-nobody', owner_org: null, creator_user_id: null, private: false })
    expect(t.call('package_update', t.anonymous, { id: created.id, name: 'by-nobody', title: 'Changed by nobody' }).title).toBe('Changed by nobody')
    // The activity stream records the change with no user, as nobody was logged in.
    const activities = t.call('package_activity_list', t.anonymous, { id: created.id })
    expect(activities.map((a: any) => [a.activity_type, a.user_id])).toEqual([['changed package', null], ['new package', null]])
    // Only package_create and package_update admit anonymous callers in CKAN; the rest still refuse them.
    expect(t.failure('package_patch', t.anonymous, { id: created.id, title: 'x' }).message).toBe('Access denied: Action package_patch requires an authenticated user')
    expect(t.failure('package_delete', t.anonymous, { id: created.id }).message).toBe('Access denied: Action package_delete requires an authenticated user')
    expect(t.failure('resource_create', t.anonymous, { package_id: created.id, url: 'http://example.org/a.csv' }).message).toBe(
      'Access denied: Action resource_create requires an authenticated user',
    )
    // A dataset of an organization stays out of reach.
    expect(t.failure('package_create', t.anonymous, { name: 'into-an-org', owner_org: t.org.id })).toEqual({
      __type: 'Authorization Error', message: 'Access denied: User  not authorized to add dataset to this organization',
    })
    for (const setting of ['createUnownedDataset', 'createDatasetIfNotInOrganization'] as const) {
      t.engine.config[setting] = false
      expect(t.failure('package_create', t.anonymous, { name: 'by-nobody-again' }), setting).toEqual(refused)
      expect(t.failure('package_update', t.anonymous, { id: created.id, name: 'by-nobody' }), setting).toEqual(notAuthorizedToEdit('', created.id))
      t.engine.config[setting] = true
    }
  })
})
