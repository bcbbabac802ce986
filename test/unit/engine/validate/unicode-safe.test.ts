/**
 * unicodeSafe mirrors CKAN's unicode_safe (ckan/logic/validators.py): it
 * never refuses a value; what is not a string becomes
 * json.dumps(value, sort_keys=True, ensure_ascii=False).
 */
import { describe, expect, it } from 'vitest'
import { runSchema } from '../../../../electron/engine/validate/navl.ts'
import { notMissing, unicodeSafe } from '../../../../electron/engine/validate/validators.ts'
import { testEngine } from '../../../helpers/test-engine.ts'

const ctx = () => ({ db: testEngine().engine.db }) as never

/** The value unicodeSafe leaves in the data dict for `value`. */
function safe(value: unknown): unknown {
  const { data, errors } = runSchema({ q: [notMissing, unicodeSafe] }, { q: value }, ctx())
  expect(errors).toEqual({})
  return data.q
}

describe('unicodeSafe', () => {
  it('keeps strings, and turns null into ""', () => {
    expect(safe('housing rainfall')).toBe('housing rainfall')
    expect(safe('')).toBe('')
    expect(safe(null)).toBe('')
  })

  it('writes numbers and booleans as JSON does', () => {
    expect(safe(5)).toBe('5')
    expect(safe(1.5)).toBe('1.5')
    expect(safe(true)).toBe('true')
    expect(safe(false)).toBe('false')
  })

  it('writes lists and dicts as Python json.dumps does: ", " and ": ", keys sorted, non-ASCII kept', () => {
    expect(safe(['a', 'b'])).toBe('["a", "b"]')
    expect(safe([])).toBe('[]')
    expect(safe({ b: 1, a: [true, null] })).toBe('{"a": [true, null], "b": 1}')
    expect(safe({})).toBe('{}')
    expect(safe(['Zürich', 'say "hi"\n'])).toBe('["Zürich", "say \\"hi\\"\\n"]')
  })
})

describe('an action field under unicodeSafe', () => {
  it('takes a list where CKAN would, instead of refusing it', () => {
    const t = testEngine()
    // user_list's q: CKAN searches for the JSON text of the list, which no user matches.
    expect(t.call('user_list', t.sysadmin, { q: ['adm'] })).toEqual([])
    expect(t.call('user_list', t.sysadmin, { q: 'adm' }).map((user: { name: string }) => user.name)).toEqual(['admin'])
  })
})
