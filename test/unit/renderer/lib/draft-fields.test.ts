import { describe, expect, it } from 'vitest'
import { changedFields, createPayload, draftOf, emptyDraft, parseTags, patchPayload, slugOf } from '../../../../renderer/lib/draft-fields.ts'
import type { Package } from '../../../../shared/actions.ts'
import { dataGovNonStringExtras, haveFixtures, hdxVocabularyTags, portalDataset } from '../../../helpers/portal-datasets.ts'

describe('createPayload', () => {
  it('omits empty fields of a new dataset but sends lists and visibility', () => {
    const draft = { ...emptyDraft('org-1'), title: ' Rivers ', name: 'rivers', tags: ['water'] }
    expect(createPayload(draft)).toEqual({
      title: 'Rivers',
      name: 'rivers',
      owner_org: 'org-1',
      private: false,
      tags: [{ name: 'water' }],
      extras: [],
      groups: [],
    })
  })

  it('keeps notes verbatim (Markdown whitespace matters) and drops blank extras rows', () => {
    const draft = { ...emptyDraft(), notes: '  indented\n', extras: [{ key: '', value: '' }, { key: 'k', value: 'v' }] }
    const payload = createPayload(draft)
    expect(payload.notes).toBe('  indented\n')
    expect(payload.extras).toEqual([{ key: 'k', value: 'v' }])
  })
})

describe('patchPayload', () => {
  const dataset = {
    id: 'd1',
    name: 'rivers',
    title: 'Rivers',
    author: 'Ana',
    version: null,
    notes: null,
    private: false,
    tags: [{ name: 'water', id: 't1', vocabulary_id: null }],
    extras: [{ key: 'k', value: 'v' }],
    groups: [],
  } as unknown as Package

  it('sends nothing for an untouched draft', () => {
    const draft = draftOf(dataset)
    expect(changedFields(draft, draft)).toEqual([])
    expect(patchPayload(draft, draft, dataset)).toEqual({})
  })

  it('sends only the changed fields: an untouched null stays unsent, a cleared field goes as ""', () => {
    const baseline = draftOf(dataset)
    const draft = { ...baseline, title: ' Rivers of Europe ', author: '  ', notes: '  indented\n' }
    expect(patchPayload(draft, baseline, dataset)).toEqual({ title: 'Rivers of Europe', author: '', notes: '  indented\n' })
  })
})

describe.skipIf(!haveFixtures)('patchPayload on real portal datasets', () => {
  it('a title-only change of an HDX dataset sends the title alone, no tags', () => {
    const hdx = portalDataset(hdxVocabularyTags) as Package
    const baseline = draftOf(hdx)
    expect(patchPayload({ ...baseline, title: 'Zimbabwe' }, baseline, hdx)).toEqual({ title: 'Zimbabwe' })
  })

  it('removing one vocabulary tag sends the others exactly as loaded, vocabulary_id kept', () => {
    const hdx = portalDataset(hdxVocabularyTags) as Package
    const baseline = draftOf(hdx)
    const payload = patchPayload({ ...baseline, tags: [...baseline.tags.filter((t) => t !== 'hxl'), 'schools'] }, baseline, hdx)
    expect(Object.keys(payload)).toEqual(['tags'])
    expect(payload.tags).toEqual([...hdx.tags.filter((t) => t.name !== 'hxl'), { name: 'schools' }])
    expect(payload.tags!.filter((t) => t.vocabulary_id === 'b891512e-9516-4bf5-962a-7a289772a2a1')).toHaveLength(5)
  })

  it('a title-only change of a data.gov dataset sends neither extras nor its null fields', () => {
    const gov = portalDataset(dataGovNonStringExtras) as Package
    expect(gov.author).toBeNull()
    const baseline = draftOf(gov)
    expect(patchPayload({ ...baseline, title: 'HUD lenders' }, baseline, gov)).toEqual({ title: 'HUD lenders' })
  })

  it('editing one extra sends every other one as loaded: arrays and booleans keep their type', () => {
    const gov = portalDataset(dataGovNonStringExtras) as Package
    const baseline = draftOf(gov)
    const extras = baseline.extras.map((e) => (e.key === 'temporal' ? { ...e, value: '1993/2006' } : e))
    const payload = patchPayload({ ...baseline, extras }, baseline, gov)
    expect(Object.keys(payload)).toEqual(['extras'])
    const sent = new Map(payload.extras!.map((e) => [e.key, e]))
    expect(sent.get('temporal')).toEqual({ key: 'temporal', value: '1993/2006' })
    for (const loaded of gov.extras.filter((e) => e.key !== 'temporal')) expect(sent.get(loaded.key)).toBe(loaded)
    expect(sent.get('bureauCode')!.value).toEqual(['025:09'])
    expect(sent.get('source_datajson_identifier')!.value).toBe(true)
  })
})

describe('draftOf', () => {
  it('turns nulls into empty strings and lists into names', () => {
    const dataset = {
      name: 'rivers',
      title: 'Rivers',
      notes: null,
      license_id: null,
      owner_org: 'org-1',
      private: true,
      tags: [{ name: 'water' }],
      groups: [{ name: 'env' }],
      extras: [{ key: 'k', value: 'v' }],
    } as unknown as Package
    expect(draftOf(dataset)).toMatchObject({ notes: '', license_id: '', private: true, tags: ['water'], groups: ['env'] })
  })
})

describe('slugOf and parseTags', () => {
  it('makes CKAN-valid names', () => {
    expect(slugOf('Flüsse & Seen: 2024!')).toBe('flusse-seen-2024')
  })
  it('splits on commas and newlines, trims, de-duplicates', () => {
    expect(parseTags('a, b\nc,, a ')).toEqual(['a', 'b', 'c'])
  })
})
