import { describe, expect, it } from 'vitest'
import { pyListRepr, pyRepr } from '../../../../electron/engine/search/py-repr.ts'

describe('pyRepr', () => {
  it('quotes as Python does', () => {
    expect(pyRepr('abc')).toBe("'abc'")
    expect(pyRepr("it's")).toBe('"it\'s"')
    expect(pyRepr('Invalid "sort" parameter')).toBe('\'Invalid "sort" parameter\'')
    expect(pyRepr('both \' and "')).toBe("'both \\' and \"'")
    expect(pyRepr('a\nb\\')).toBe("'a\\nb\\\\'")
    expect(pyListRepr(['foo', 'bar'])).toBe("['foo', 'bar']")
  })
})
