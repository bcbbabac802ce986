import { describe, expect, it } from 'vitest'
import { SearchError } from '../../../../electron/engine/errors.ts'
import { canonicalTimestamp, indexedDate, solrDate } from '../../../../electron/engine/search/date-math.ts'

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

describe('indexedDate (a *_date field as CKAN index.py reads it with dateutil)', () => {
  it('reads ISO dates and times, filling missing parts from 0001-01-01 00:00', () => {
    expect(indexedDate('2014-03-22')).toBe('2014-03-22T00:00:00.000000')
    expect(indexedDate('2014-03-22 05:42:14')).toBe('2014-03-22T05:42:14.000000')
    expect(indexedDate('2014-03-22T05:42:14.123456')).toBe('2014-03-22T05:42:14.123456')
    expect(indexedDate('2014-03')).toBe('2014-03-01T00:00:00.000000')
    expect(indexedDate('2014')).toBe('2014-01-01T00:00:00.000000')
    expect(indexedDate('20140322')).toBe('2014-03-22T00:00:00.000000')
    expect(indexedDate('2014/03/22')).toBe('2014-03-22T00:00:00.000000')
  })
  it('reads month/day/year, day first when the first number cannot be a month, and month names', () => {
    expect(indexedDate('03/04/2014')).toBe('2014-03-04T00:00:00.000000')
    expect(indexedDate('22/03/2014')).toBe('2014-03-22T00:00:00.000000')
    expect(indexedDate('22 March 2014')).toBe('2014-03-22T00:00:00.000000')
    expect(indexedDate('Mar. 22nd, 2014')).toBe('2014-03-22T00:00:00.000000')
  })
  it('moves a time with a zone to UTC', () => {
    expect(indexedDate('2014-03-22T05:00:00+02:00')).toBe('2014-03-22T03:00:00.000000')
    expect(indexedDate('2014-03-22T05:00:00Z')).toBe('2014-03-22T05:00:00.000000')
  })
  it('is null for what is no date (CKAN leaves it out of the index)', () => {
    for (const value of ['Not a date', '2014-13-01', '2014-15', '30/062012', '', '   ', '2014-02-30', '31/04/2014']) {
      expect(indexedDate(value), value).toBeNull()
    }
    expect(indexedDate(2014)).toBeNull()
    expect(indexedDate(['2014-03-22'])).toBeNull()
  })
})
