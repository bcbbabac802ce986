/** The dataset draft store against a real engine: create, validation errors by field, fix, patch. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setTransport } from '../../../../renderer/lib/transport.ts'
import { isDirty, loadDataset, resetDraft, saveDraft, setField, startNewDataset, useDraftStore } from '../../../../renderer/stores/draft.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'
import { engineTransport } from '../engine-transport.ts'

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
