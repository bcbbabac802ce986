import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

const rows = [
  { term: 'lake', term_translation: 'See', lang_code: 'de' },
  { term: 'lake', term_translation: 'lac', lang_code: 'fr' },
]

describe('term_translation_update_many', () => {
  it("stores each translation and says how many, in CKAN's words", () => {
    const t = testEngine()
    expect(t.call('term_translation_update_many', t.sysadmin, { data: rows })).toEqual({ success: '2 rows updated' })
    expect(t.call('term_translation_show', t.anonymous, { terms: 'lake' })).toEqual(rows)
    t.close()
  })

  it("refuses a data that is missing, empty or not a list of dicts with CKAN's message", () => {
    const t = testEngine()
    const refused = { error: 'term_translation_update_many needs to have a list of dicts in field data', __type: 'Validation Error' }
    expect(t.failure('term_translation_update_many', t.sysadmin, {})).toEqual(refused)
    expect(t.failure('term_translation_update_many', t.sysadmin, { data: [] })).toEqual(refused)
    expect(t.failure('term_translation_update_many', t.sysadmin, { data: 'lake' })).toEqual(refused)
    expect(t.failure('term_translation_update_many', t.sysadmin, { data: [rows[0], 'x'] })).toEqual(refused)
    t.close()
  })

  it('undoes the whole call when one row fails', () => {
    const t = testEngine()
    expect(t.failure('term_translation_update_many', t.sysadmin, { data: [rows[0], { term: 'lake' }] })).toEqual({
      term_translation: ['Missing value'],
      lang_code: ['Missing value'],
      __type: 'Validation Error',
    })
    expect(t.call('term_translation_show', t.anonymous, { terms: [] })).toEqual([])
    t.close()
  })

  it("checks each row's caller as term_translation_update does", () => {
    const t = testEngine()
    expect(t.failure('term_translation_update_many', t.anonymous, { data: rows })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action term_translation_update requires an authenticated user',
    })
    expect(t.failure('term_translation_update_many', t.user('bob'), { data: rows })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User bob not authorized to update term_translation table',
    })
    t.close()
  })
})
