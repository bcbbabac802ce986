import { describe, expect, it } from 'vitest'
import { ckanMinimumMatch, requiredClauses } from '../../../../electron/engine/search/min-should-match.ts'

describe('requiredClauses', () => {
  it("applies CKAN's 2<-1 5<80%", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((n) => requiredClauses(ckanMinimumMatch, n))).toEqual([1, 2, 2, 3, 4, 4, 5, 8])
  })
  it('reads plain, negative and percentage specs', () => {
    expect(requiredClauses('2', 5)).toBe(2)
    expect(requiredClauses('-2', 5)).toBe(3)
    expect(requiredClauses('75%', 4)).toBe(3)
    expect(requiredClauses('-25%', 4)).toBe(3)
    expect(requiredClauses('100%', 4)).toBe(4)
  })
  it('keeps at least one and at most all clauses, and reads nonsense as all', () => {
    expect(requiredClauses('0', 3)).toBe(1)
    expect(requiredClauses('9', 3)).toBe(3)
    expect(requiredClauses('nonsense', 3)).toBe(3)
    expect(requiredClauses(ckanMinimumMatch, 0)).toBe(0)
  })
})
