import { describe, expect, it } from 'vitest'
import { SearchError } from '../../../../electron/engine/errors.ts'
import { canonicalTimestamp, solrDate } from '../../../../electron/engine/search/date-math.ts'

const now = Date.parse('2026-03-31T15:45:30.250Z')

describe('solrDate', () => {
  it('reads NOW with date math and rounding', () => {
    expect(solrDate('NOW', now)).toBe('2026-03-31T15:45:30.250000')
    expect(solrDate('NOW-1DAY', now)).toBe('2026-03-30T15:45:30.250000')
    expect(solrDate('NOW-7DAYS', now)).toBe('2026-03-24T15:45:30.250000')
    expect(solrDate('NOW/DAY', now)).toBe('2026-03-31T00:00:00.000000')
    expect(solrDate('NOW/DAY+1DAY', now)).toBe('2026-04-01T00:00:00.000000')
    expect(solrDate('NOW/MONTH', now)).toBe('2026-03-01T00:00:00.000000')
    expect(solrDate('NOW-1YEAR/YEAR', now)).toBe('2025-01-01T00:00:00.000000')
    expect(solrDate('NOW+2HOURS', now)).toBe('2026-03-31T17:45:30.250000')
  })
  it('adds months as Java’s Calendar does (clamped to the month’s last day)', () => {
    expect(solrDate('NOW-1MONTH', now)).toBe('2026-02-28T15:45:30.250000')
  })
  it('reads ISO instants, with or without Z, and date math after them', () => {
    expect(solrDate('2024-01-01T00:00:00Z')).toBe('2024-01-01T00:00:00.000000')
    expect(solrDate('2024-01-01T10:20:30.5Z+1DAY')).toBe('2024-01-02T10:20:30.500000')
    expect(solrDate('2024-02-03')).toBe('2024-02-03T00:00:00.000000')
    expect(solrDate('2026-11-25T13:26:02.836164')).toBe('2026-11-25T13:26:02.836164')
    expect(solrDate('2026-11-25T13:26:02.836164+1DAY')).toBe('2026-11-26T13:26:02.836164')
    expect(solrDate('2026-11-25T13:26:02.836164/SECOND')).toBe('2026-11-25T13:26:02.000000')
  })
  it('refuses what is no date', () => {
    for (const text of ['yesterday', 'NOW-1FORTNIGHT', '2024-13-01', 'NOW-', '2024-01-01T00:00:00Z junk']) {
      expect(() => solrDate(text, now), text).toThrow(SearchError)
    }
  })
})

describe('canonicalTimestamp', () => {
  it('gives stored timestamps six fraction digits and no zone', () => {
    expect(canonicalTimestamp('2026-11-25T13:26:02.836164')).toBe('2026-11-25T13:26:02.836164')
    expect(canonicalTimestamp('2019-03-01T10:00:00')).toBe('2019-03-01T10:00:00.000000')
    expect(canonicalTimestamp('2019-03-01T10:00:00.5Z')).toBe('2019-03-01T10:00:00.500000')
    expect(canonicalTimestamp('not a date')).toBe('not a date')
  })
})
