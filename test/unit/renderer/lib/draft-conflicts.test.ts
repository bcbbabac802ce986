import { describe, expect, it } from 'vitest'
import { fieldsChangedBetween, rebaseDraft } from '../../../../renderer/lib/draft-conflicts.ts'
import { draftOf } from '../../../../renderer/lib/draft-fields.ts'
import type { Package } from '../../../../shared/actions.ts'
import { haveFixtures, hdxVocabularyTags, portalDataset } from '../../../helpers/portal-datasets.ts'

describe.skipIf(!haveFixtures)('fieldsChangedBetween', () => {
  // Read only where the fixtures are: a skipped describe's body still runs to collect its tests.
  const loaded = (haveFixtures ? portalDataset(hdxVocabularyTags) : {}) as Package

  it('counts a tag leaving its vocabulary as a change, a new tag id or another extras order as none', () => {
    const freed = { ...loaded, tags: loaded.tags.map((tag) => ({ ...tag, vocabulary_id: null })) }
    expect(fieldsChangedBetween(['tags', 'title'], loaded, freed)).toEqual(['tags'])
    const renumbered = { ...loaded, tags: loaded.tags.map((tag, i) => ({ ...tag, id: `t${i}` })).reverse() }
    expect(fieldsChangedBetween(['tags'], loaded, renumbered)).toEqual([])
    const withExtras = { ...loaded, extras: [{ key: 'a', value: ['x'] }, { key: 'b', value: true }] } as unknown as Package
    const reordered = { ...withExtras, extras: [...withExtras.extras].reverse() }
    expect(fieldsChangedBetween(['extras'], withExtras, reordered)).toEqual([])
  })

  it('counts null and "" as the same stored value', () => {
    expect(fieldsChangedBetween(['url', 'version'], loaded, { ...loaded, url: '', version: '2' })).toEqual(['version'])
  })
})

describe('rebaseDraft', () => {
  const base = { id: 'd', name: 'd', title: 'A', version: '1', private: false, tags: [], groups: [], extras: [] } as unknown as Package

  it('keeps the user’s changed fields over the current dataset and takes the rest from it', () => {
    const baseline = draftOf({ ...base, extras: [{ key: 'k', value: 'v' }, { key: 'gone', value: 'x' }] } as Package)
    const draft = { ...baseline, title: 'Mine', extras: [{ key: 'k', value: 'v2' }, { key: 'new', value: 'n' }] }
    const current = { ...base, title: 'Theirs', version: '2', extras: [{ key: 'k', value: 'v' }, { key: 'gone', value: 'x' }, { key: 'their', value: 't' }] } as Package
    expect(rebaseDraft(draft, baseline, current)).toMatchObject({
      title: 'Mine',
      version: '2',
      extras: [{ key: 'k', value: 'v2' }, { key: 'their', value: 't' }, { key: 'new', value: 'n' }],
    })
  })
})
