/** The dataset draft store against a real engine: create, validation errors by field, fix, patch. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setTransport } from '../../../../renderer/lib/transport.ts'
import {
  isDirty,
  loadDataset,
  reloadKeepingEdits,
  resetDraft,
  saveDraft,
  setField,
  startNewDataset,
  useDraftStore,
} from '../../../../renderer/stores/draft.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'
import { engineTransport } from '../engine-transport.ts'
import { dataGovNonStringExtras, haveFixtures, hdxVocabularyTags, seedPortalDataset } from '../../../helpers/portal-datasets.ts'

let t: TestEngine

beforeEach(() => {
  t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'city', title: 'City' })
  setTransport(engineTransport(t.engine, t.sysadmin))
  resetDraft()
})

afterEach(() => {
  setTransport(null)
  t.close()
})

describe('a new dataset', () => {
  it('takes its URL name from the title until the name is edited', () => {
    startNewDataset()
    setField('title', 'Rivers of Europe')
    expect(useDraftStore.getState().draft.name).toBe('rivers-of-europe')
    setField('name', 'rivers')
    setField('title', 'Lakes')
    expect(useDraftStore.getState().draft.name).toBe('rivers')
  })

  it('keeps the engine’s validation errors by field and saves once fixed', async () => {
    startNewDataset()
    setField('title', 'Rivers')
    setField('name', 'Bad Name')
    expect(await saveDraft()).toBeNull()
    const { errors, original } = useDraftStore.getState()
    expect(original).toBeNull()
    expect(errors.name).toEqual(['Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'])
    expect(errors.owner_org).toEqual(['An organization must be provided'])

    setField('name', 'rivers')
    setField('owner_org', 'city')
    setField('tags', ['water'])
    const saved = await saveDraft()
    expect(saved).toMatchObject({ name: 'rivers', title: 'Rivers', tags: [expect.objectContaining({ name: 'water' })] })
    expect(useDraftStore.getState()).toMatchObject({ errors: {}, saving: false })
    expect(isDirty()).toBe(false)
  })
})

describe('an existing dataset', () => {
  it('patches only what the form edits, keeping resources', async () => {
    t.call('package_create', t.sysadmin, {
      name: 'lakes',
      owner_org: 'city',
      resources: [{ url: 'https://example.org/lakes.csv', name: 'Lakes CSV' }],
      custom_portal_field: 'kept',
    })
    await loadDataset('lakes')
    expect(isDirty()).toBe(false)
    setField('notes', 'Now with notes')
    expect(isDirty()).toBe(true)
    await saveDraft()
    const stored = t.call('package_show', t.sysadmin, { id: 'lakes' })
    expect(stored.notes).toBe('Now with notes')
    expect(stored.resources).toHaveLength(1)
    expect(isDirty()).toBe(false)
  })

  it('reports a missing dataset as a failure, not a crash', async () => {
    await loadDataset('missing')
    expect(useDraftStore.getState().failure?.error.__type).toBe('Not Found Error')
  })
})

const asSysadmin = (action: string, params: Record<string, unknown>) => t.call(action, t.sysadmin, params)

/** A dataset dict without what every write changes. */
function stable(dataset: Record<string, any>): Record<string, any> {
  const { metadata_modified: _modified, title: _title, ...rest } = dataset
  return rest
}

describe.skipIf(!haveFixtures)('saving a real portal dataset', () => {
  it('keeps vocabulary tags in their vocabulary after a title-only save (HDX)', async () => {
    const before = await seedPortalDataset(asSysadmin, hdxVocabularyTags)
    await loadDataset(before.name)
    setField('title', 'Zimbabwe education')
    expect(await saveDraft()).not.toBeNull()
    const after = t.call('package_show', t.sysadmin, { id: before.id })
    expect(after.title).toBe('Zimbabwe education')
    expect(after.tags).toEqual(before.tags) // same ids, same vocabulary_id
    expect(stable(after)).toEqual(stable(before))
  })

  it('keeps array, boolean and null values exactly after a title-only save (data.gov)', async () => {
    const before = await seedPortalDataset(asSysadmin, dataGovNonStringExtras)
    await loadDataset(before.name)
    setField('title', 'HUD lenders')
    expect(await saveDraft()).not.toBeNull()
    const after = t.call('package_show', t.sysadmin, { id: before.id })
    expect(after.extras).toEqual(before.extras)
    expect(after.extras.find((e: { key: string }) => e.key === 'bureauCode').value).toEqual(['025:09'])
    expect(after).toMatchObject({ author: null, url: null, version: null, maintainer_email: before.maintainer_email })
    expect(stable(after)).toEqual(stable(before))
  })

  it('editing one extra keeps the other extras’ types and the vocabulary of untouched tags', async () => {
    const before = await seedPortalDataset(asSysadmin, dataGovNonStringExtras)
    await loadDataset(before.name)
    const { draft } = useDraftStore.getState()
    setField('extras', draft.extras.map((e) => (e.key === 'temporal' ? { ...e, value: '1993/2006' } : e)))
    await saveDraft()
    const after = t.call('package_show', t.sysadmin, { id: before.id })
    const values = Object.fromEntries(after.extras.map((e: { key: string; value: unknown }) => [e.key, e.value]))
    expect(values).toMatchObject({ temporal: '1993/2006', bureauCode: ['025:09'], programCode: ['025:000'], source_datajson_identifier: true })
  })
})

describe('saving over changes made elsewhere', () => {
  beforeEach(() => {
    t.call('package_create', t.sysadmin, { name: 'lakes', title: 'Lakes', owner_org: 'city', version: '1.0', tags: [{ name: 'water' }] })
  })

  it('keeps another writer’s change to a field the user did not touch', async () => {
    await loadDataset('lakes')
    t.call('package_patch', t.sysadmin, { id: 'lakes', version: '9.9', tags: [{ name: 'water' }, { name: 'added-elsewhere' }] })
    setField('title', 'Lakes of Finland')
    const saved = await saveDraft()
    expect(saved).toMatchObject({ title: 'Lakes of Finland', version: '9.9' })
    expect(saved!.tags.map((tag) => tag.name).sort()).toEqual(['added-elsewhere', 'water'])
    expect(useDraftStore.getState()).toMatchObject({ keptOtherChanges: true, conflict: null })
    expect(useDraftStore.getState().draft.version).toBe('9.9') // the fresh dataset is on screen
    expect(isDirty()).toBe(false)
  })

  it('does not overwrite a field changed elsewhere too, and keeps the user’s value', async () => {
    await loadDataset('lakes')
    t.call('package_patch', t.sysadmin, { id: 'lakes', title: 'Lakes (their edit)', version: '2.0' })
    setField('title', 'Lakes (my edit)')
    expect(await saveDraft()).toBeNull()
    expect(t.call('package_show', t.sysadmin, { id: 'lakes' }).title).toBe('Lakes (their edit)')
    const { conflict, draft } = useDraftStore.getState()
    expect(conflict).toMatchObject({ fields: ['title'], reloaded: false })
    expect(conflict!.theirs.title).toBe('Lakes (their edit)')
    expect(draft.title).toBe('Lakes (my edit)')
    expect(isDirty()).toBe(true)

    reloadKeepingEdits()
    const reloaded = useDraftStore.getState()
    expect(reloaded.draft).toMatchObject({ title: 'Lakes (my edit)', version: '2.0' })
    expect(reloaded.conflict).toMatchObject({ fields: ['title'], reloaded: true })
    expect(isDirty()).toBe(true)

    expect(await saveDraft()).toMatchObject({ title: 'Lakes (my edit)', version: '2.0' })
    expect(useDraftStore.getState().conflict).toBeNull()
  })

  it('saves over the other change when told to', async () => {
    await loadDataset('lakes')
    t.call('package_patch', t.sysadmin, { id: 'lakes', title: 'Lakes (their edit)', version: '2.0' })
    setField('title', 'Lakes (my edit)')
    expect(await saveDraft()).toBeNull()
    expect(await saveDraft({ overwrite: true })).toMatchObject({ title: 'Lakes (my edit)', version: '2.0' })
  })

  it('reloading merges tag lists: the user’s addition and the other writer’s both stay', async () => {
    await loadDataset('lakes')
    t.call('package_patch', t.sysadmin, { id: 'lakes', tags: [{ name: 'water' }, { name: 'theirs' }] })
    setField('tags', ['water', 'mine'])
    expect(await saveDraft()).toBeNull()
    reloadKeepingEdits()
    expect([...useDraftStore.getState().draft.tags].sort()).toEqual(['mine', 'theirs', 'water'])
  })
})

describe('a save that fails for a reason other than invalid fields', () => {
  beforeEach(() => {
    t.call('package_create', t.sysadmin, { name: 'lakes', title: 'Lakes', owner_org: 'city' })
  })

  it('reports an unreachable server and keeps the draft unsaved', async () => {
    await loadDataset('lakes')
    setField('title', 'Lakes of Finland')
    setTransport(() => Promise.reject(new TypeError('Failed to fetch')))
    expect(await saveDraft()).toBeNull()
    const state = useDraftStore.getState()
    expect(state.saveFailure?.message).toContain('could not be reached')
    expect(state).toMatchObject({ saving: false, errors: {} })
    expect(state.draft.title).toBe('Lakes of Finland')
    expect(isDirty()).toBe(true)
  })

  it('reports a refusal (403) and a dataset gone (404)', async () => {
    await loadDataset('lakes')
    setField('title', 'Lakes of Finland')
    setTransport(engineTransport(t.engine, t.user('visitor')))
    expect(await saveDraft()).toBeNull()
    expect(useDraftStore.getState().saveFailure?.error.__type).toBe('Authorization Error')

    setTransport(engineTransport(t.engine, t.sysadmin))
    t.call('dataset_purge', t.sysadmin, { id: 'lakes' })
    expect(await saveDraft()).toBeNull()
    expect(useDraftStore.getState().saveFailure?.error.__type).toBe('Not Found Error')
    expect(isDirty()).toBe(true)
  })

  it('keeps validation errors on their fields, with no save-failure notice', async () => {
    await loadDataset('lakes')
    setField('name', 'Bad Name')
    expect(await saveDraft()).toBeNull()
    expect(useDraftStore.getState()).toMatchObject({ saveFailure: null, errors: { name: [expect.any(String)] } })
  })
})
