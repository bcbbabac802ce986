/** Restoring a history entry against a real engine: the dataset comes back field for field, files and all. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isRestorable, restorePayload } from '../../../../renderer/lib/restore-version.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'
import { dataGovNonStringExtras, haveFixtures, hdxVocabularyTags, seedPortalDataset } from '../../../helpers/portal-datasets.ts'

let t: TestEngine
beforeEach(() => {
  t = testEngine()
})
afterEach(() => t.close())

/** What a restore must bring back: everything but the clocks (a resource put back is written anew). */
const content = ({ metadata_modified: _m, resources, ...dict }: Record<string, any>) => ({
  ...dict,
  resources: resources.map(({ metadata_modified: _r, ...resource }: Record<string, unknown>) => resource),
})

describe.skipIf(!haveFixtures)('restoring a version from the history', () => {
  it.each([hdxVocabularyTags, dataGovNonStringExtras])('brings back every field, resource, tag, group and extra of a real portal dataset ($name)', async (fixture) => {
    const original = await seedPortalDataset((action, params) => t.call(action, t.sysadmin, params), fixture)
    t.call('group_create', t.sysadmin, { name: 'later-group' })
    t.call('package_patch', t.sysadmin, {
      id: original.id,
      title: 'Overwritten by mistake',
      notes: '',
      tags: [{ name: 'only-tag' }],
      extras: [],
      groups: [{ name: 'later-group' }],
      resources: original.resources.slice(1),
    })
    const history = t.call('package_activity_list', t.sysadmin, { id: original.id })
    const version = history.find((a: any) => a.activity_type === 'new package')
    expect(isRestorable(version)).toBe(true)
    const restored = t.call('package_update', t.sysadmin, restorePayload(version.data.package, original.id))
    expect(content(restored)).toEqual(content(original))
    expect(t.call('package_activity_list', t.sysadmin, { id: original.id })[0].activity_type).toBe('changed package')
  })

  it('brings a deleted dataset back, and does not offer its deletion as a version', async () => {
    const original = await seedPortalDataset((action, params) => t.call(action, t.sysadmin, params), hdxVocabularyTags)
    t.call('package_delete', t.sysadmin, { id: original.id })
    const [deletion, before] = t.call('package_activity_list', t.sysadmin, { id: original.id })
    expect(isRestorable(deletion)).toBe(false)
    const restored = t.call('package_update', t.sysadmin, restorePayload(before.data.package, original.id))
    expect(restored.state).toBe('active')
    expect(t.call('package_list', t.anonymous, {})).toContain(original.name)
  })
})

describe('restoring a version and dataset relationships', () => {
  it('leaves the relationships the dataset has now as they are (they are no part of its versions)', () => {
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const dataset = t.call('package_create', t.sysadmin, { name: 'river', owner_org: 'org', title: 'First' })
    t.call('package_create', t.sysadmin, { name: 'lake', owner_org: 'org' })
    t.call('package_patch', t.sysadmin, { id: dataset.id, title: 'Second' })
    t.call('package_relationship_create', t.sysadmin, { subject: 'river', object: 'lake', type: 'links_to' })
    const first = t.call('package_activity_list', t.sysadmin, { id: dataset.id }).find((a: any) => a.activity_type === 'new package')
    expect(first.data.package.relationships_as_subject).toEqual([])
    const restored = t.call('package_update', t.sysadmin, restorePayload(first.data.package, dataset.id))
    expect(restored.title).toBe('First')
    expect(t.call('package_relationships_list', t.sysadmin, { id: 'river' })).toEqual([{ subject: 'river', type: 'links_to', object: 'lake', comment: '' }])
  })
})
