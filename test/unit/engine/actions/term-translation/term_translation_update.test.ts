import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('term_translation_update', () => {
  it('stores a translation and returns the three fields in the order sent', () => {
    const t = testEngine()
    const result = t.call('term_translation_update', t.sysadmin, { lang_code: 'de', term: 'river', term_translation: 'Fluss' })
    expect(result).toEqual({ lang_code: 'de', term: 'river', term_translation: 'Fluss' })
    expect(Object.keys(result)).toEqual(['lang_code', 'term', 'term_translation'])
    t.close()
  })

  it('replaces the translation of the same term into the same language', () => {
    const t = testEngine()
    t.call('term_translation_update', t.sysadmin, { term: 'river', term_translation: 'Fluss', lang_code: 'de' })
    t.call('term_translation_update', t.sysadmin, { term: 'river', term_translation: 'Strom', lang_code: 'de' })
    t.call('term_translation_update', t.sysadmin, { term: 'river', term_translation: 'rivière', lang_code: 'fr' })
    expect(t.call('term_translation_show', t.anonymous, { terms: ['river'] })).toEqual([
      { term: 'river', term_translation: 'Strom', lang_code: 'de' },
      { term: 'river', term_translation: 'rivière', lang_code: 'fr' },
    ])
    t.close()
  })

  it('reports each missing or empty field', () => {
    const t = testEngine()
    expect(t.failure('term_translation_update', t.sysadmin, { term: 'river', term_translation: '' })).toEqual({
      term_translation: ['Missing value'],
      lang_code: ['Missing value'],
      __type: 'Validation Error',
    })
    t.close()
  })

  it("refuses anonymous callers and non-sysadmins with CKAN's messages", () => {
    const t = testEngine()
    const row = { term: 'river', term_translation: 'Fluss', lang_code: 'de' }
    expect(t.failure('term_translation_update', t.anonymous, row)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action term_translation_update requires an authenticated user',
    })
    expect(t.failure('term_translation_update', t.user('bob'), row)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User bob not authorized to update term_translation table',
    })
    t.close()
  })
})
