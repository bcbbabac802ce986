import { describe, expect, it } from 'vitest'
import { isodate } from '../../../../electron/engine/packages/isodate.ts'

describe('isodate', () => {
  it('writes dates back as Python isoformat does', () => {
    expect(isodate('2026-11-25T13:26:00.617590')).toBe('2026-11-25T13:26:00.617590')
    expect(isodate('2012-01-01')).toBe('2012-01-01T00:00:00')
    expect(isodate('2020-05-06T07:08:09.5')).toBe('2020-05-06T07:08:09.500000')
    expect(isodate('2020-05-06 07:08:09')).toBe('2020-05-06T07:08:09')
    expect(isodate('2020-05-06T07:08:09.0000001')).toBe('2020-05-06T07:08:09')
  })

  it('takes empty values as null', () => {
    expect(isodate('')).toBeNull()
    expect(isodate(null)).toBeNull()
    expect(isodate(undefined)).toBeNull()
  })

  it('refuses what CKAN refuses: zones, words, impossible dates, non-strings', () => {
    for (const value of ['2023-03-27T08:34:18.683Z', 'yesterday', '2021-02-29', '2020-13-01', '2020', 'Z2020-01-01', 5, {}]) {
      expect(isodate(value), String(value)).toBeUndefined()
    }
    expect(isodate('2024-02-29')).toBe('2024-02-29T00:00:00')
  })
})
