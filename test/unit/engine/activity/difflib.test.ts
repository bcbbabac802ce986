import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contextDiff, unifiedDiff } from '../../../../electron/engine/activity/difflib.ts'
import { pythonJsonDumps } from '../../../../electron/engine/validate/python-json.ts'

// Written by Python 3 itself (fixtures/make-difflib-cases.py); no Python is needed to run these tests.
const fixture = JSON.parse(readFileSync(new URL('./fixtures/difflib-cases.json', import.meta.url), 'utf8')) as {
  cases: { a: string[]; b: string[]; unified: string; context: string }[]
  value: unknown
  indented: string
  flat: string
}

describe('difflib', () => {
  it('writes unified diffs exactly as Python does', () => {
    for (const { a, b, unified } of fixture.cases) expect(unifiedDiff(a, b).join('\n')).toBe(unified)
  })

  it('writes context diffs exactly as Python does', () => {
    for (const { a, b, context } of fixture.cases) expect(contextDiff(a, b).join('\n')).toBe(context)
  })

  it('yields nothing for equal inputs', () => {
    expect(unifiedDiff(['a', 'b'], ['a', 'b'])).toEqual([])
    expect(contextDiff([], [])).toEqual([])
  })
})

describe('pythonJsonDumps', () => {
  it('indents and escapes non-ASCII as json.dumps(indent=2, sort_keys=True) does', () => {
    expect(pythonJsonDumps(fixture.value, { indent: 2, ensureAscii: true })).toBe(fixture.indented)
  })

  it('writes one line with non-ASCII kept by default', () => {
    expect(pythonJsonDumps(fixture.value)).toBe(fixture.flat)
  })
})
