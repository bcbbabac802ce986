import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

function withTranslations() {
  const t = testEngine()
  t.call('term_translation_update_many', t.sysadmin, {
    data: [
      { term: 'river', term_translation: 'Fluss', lang_code: 'de' },
      { term: 'lake', term_translation: 'See', lang_code: 'de' },
      { term: 'lake', term_translation: 'lac', lang_code: 'fr' },
    ],
  })
  return t
}

describe('term_translation_show', () => {
  it('finds the translations of the terms asked for, in the order stored, for anyone', () => {
    const t = withTranslations()
    expect(t.call('term_translation_show', t.anonymous, { terms: ['lake', 'sea'] })).toEqual([
      { term: 'lake', term_translation: 'See', lang_code: 'de' },
      { term: 'lake', term_translation: 'lac', lang_code: 'fr' },
    ])
    t.close()
  })

  it('takes a single term or language as a string, and filters by language', () => {
    const t = withTranslations()
    expect(t.call('term_translation_show', t.user('bob'), { terms: 'lake', lang_codes: 'fr' })).toEqual([
      { term: 'lake', term_translation: 'lac', lang_code: 'fr' },
    ])
    expect(t.call('term_translation_show', t.anonymous, { terms: ['lake', 'river'], lang_codes: ['de'] })).toHaveLength(2)
    expect(t.call('term_translation_show', t.anonymous, { terms: 'lake', lang_codes: [] })).toEqual([])
    t.close()
  })

  it('lists every translation for an empty list of terms, as CKAN does', () => {
    const t = withTranslations()
    expect(t.call('term_translation_show', t.anonymous, { terms: [] })).toHaveLength(3)
    t.close()
  })

  it("refuses a call without terms with CKAN's message (a string, not a list)", () => {
    const t = testEngine()
    expect(t.failure('term_translation_show', t.anonymous, {})).toEqual({ terms: 'terms not in data', __type: 'Validation Error' })
    t.close()
  })
})
