import { describe, expect, it } from 'vitest'
import { draftOf, emptyDraft, parseTags, payloadOf, slugOf } from '../../../../renderer/lib/draft-fields.ts'
import type { Package } from '../../../../shared/actions.ts'

describe('payloadOf', () => {
  it('omits empty fields of a new dataset but sends lists and visibility', () => {
    const draft = { ...emptyDraft('org-1'), title: ' Rivers ', name: 'rivers', tags: ['water'] }
    expect(payloadOf(draft, true)).toEqual({
      title: 'Rivers',
      name: 'rivers',
      owner_org: 'org-1',
      private: false,
      tags: [{ name: 'water' }],
      extras: [],
      groups: [],
    })
  })

  it('sends cleared fields of an existing dataset as "" so they are cleared', () => {
    const payload = payloadOf({ ...emptyDraft(), name: 'rivers' }, false)
    expect(payload.author).toBe('')
    expect(payload.license_id).toBe('')
  })

  it('keeps notes verbatim (Markdown whitespace matters) and drops blank extras rows', () => {
    const draft = { ...emptyDraft(), notes: '  indented\n', extras: [{ key: '', value: '' }, { key: 'k', value: 'v' }] }
    const payload = payloadOf(draft, false)
    expect(payload.notes).toBe('  indented\n')
    expect(payload.extras).toEqual([{ key: 'k', value: 'v' }])
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
