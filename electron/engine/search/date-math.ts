/**
 * Solr's date syntax for range bounds on date fields: an ISO instant or NOW,
 * then date math (`NOW-7DAYS`, `NOW/DAY`, `2024-01-01T00:00:00Z+1MONTH`), all
 * in UTC. Results use CKAN's timestamp format, which is how the index stores
 * dates, so comparing strings compares instants.
 */
import { SearchError } from '../errors.ts'
import { pyRepr } from './py-repr.ts'

const units: Record<string, string> = {
  YEAR: 'year', YEARS: 'year', MONTH: 'month', MONTHS: 'month', DAY: 'day', DAYS: 'day', DATE: 'day',
  HOUR: 'hour', HOURS: 'hour', MINUTE: 'minute', MINUTES: 'minute', SECOND: 'second', SECONDS: 'second',
  MILLI: 'milli', MILLIS: 'milli', MILLISECOND: 'milli', MILLISECONDS: 'milli',
}

const isoDate = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?)?)?Z?/

/** A date-math expression as a CKAN timestamp ("2024-01-01T00:00:00.000000"); throws Search Error when unreadable. */
export function solrDate(text: string, now: number = Date.now()): string {
  let rest = text.trim()
  let date: Date
  // Microseconds (CKAN's timestamps have them) ride along beside JavaScript's milliseconds.
  let micro = 0
  if (rest.startsWith('NOW')) {
    date = new Date(now)
    rest = rest.slice(3)
  } else {
    const match = isoDate.exec(rest)
    if (!match) throw invalidDate(text)
    const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', fraction = ''] = match
    date = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number(fraction.padEnd(3, '0').slice(0, 3))))
    micro = Number(fraction.padEnd(6, '0').slice(3, 6))
    if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== +mo - 1) throw invalidDate(text)
    rest = rest.slice(match[0].length)
  }
  while (rest) {
    const step = /^([+-])(\d+)([A-Z]+)|^\/([A-Z]+)/.exec(rest)
    const unit = step && units[step[3] ?? step[4]]
    if (!step || !unit) throw invalidDate(text)
    if (step[4]) {
      date = roundDown(date, unit)
      micro = 0
    } else date = add(date, unit, Number(step[2]) * (step[1] === '-' ? -1 : 1))
    rest = rest.slice(step[0].length)
  }
  return ckanTimestamp(date, micro)
}

/** A stored timestamp in the canonical form (six fraction digits, no zone), or the text unchanged when it is no timestamp. */
export function canonicalTimestamp(text: string): string {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,6})\d*)?(?:Z|\+00:?00)?$/.exec(text)
  return match ? `${match[1]}.${(match[2] ?? '').padEnd(6, '0')}` : text
}

function ckanTimestamp(date: Date, micro: number): string {
  if (Number.isNaN(date.getTime())) throw invalidDate(String(date))
  return `${date.toISOString().slice(0, 23)}${String(micro).padStart(3, '0')}`
}

function add(date: Date, unit: string, amount: number): Date {
  const result = new Date(date.getTime())
  if (unit === 'year' || unit === 'month') {
    const months = result.getUTCFullYear() * 12 + result.getUTCMonth() + (unit === 'year' ? 12 * amount : amount)
    const day = result.getUTCDate()
    result.setUTCDate(1)
    result.setUTCFullYear(Math.floor(months / 12), months % 12)
    const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
    result.setUTCDate(Math.min(day, lastDay)) // as Java's Calendar.add: Jan 31 + 1 month = Feb 28/29
    return result
  }
  const ms = { day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000, milli: 1 }[unit] as number
  return new Date(result.getTime() + amount * ms)
}

function roundDown(date: Date, unit: string): Date {
  const parts = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()]
  const keep = { year: 1, month: 2, day: 3, hour: 4, minute: 5, second: 6, milli: 7 }[unit] as number
  const fields = parts.map((value, i) => (i < keep ? value : i === 2 ? 1 : 0))
  return new Date(Date.UTC(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]))
}

function invalidDate(text: string): SearchError {
  return new SearchError(pyRepr(`Invalid Date String: '${text}'`))
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const fullMonthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const isoLike = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?(?:[T ]+(\d{1,2}):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(Z|UTC|[+-]\d\d(?::?\d\d)?)?$/i
const dayMonthYear = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[T ]+(\d{1,2}):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(Z|UTC|[+-]\d\d(?::?\d\d)?)?$/i
const compact = /^(\d{4})(\d\d)(\d\d)(?:T?(\d\d)(\d\d)(\d\d)?)?\s*(Z|UTC|[+-]\d\d(?::?\d\d)?)?$/i

/**
 * A *_date field's value as CKAN's index.py stores it: read with dateutil's
 * parse (missing parts from 0001-01-01 00:00), in the index's timestamp form;
 * null when it is no date, which CKAN leaves out of the index. Covers ISO
 * dates and times, YYYYMMDD, month/day/year (day first when the first number
 * cannot be a month) and English month names; a time with a zone is moved to
 * UTC (CKAN would send Solr a value it refuses).
 */
export function indexedDate(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const text = value.trim()
  let m = isoLike.exec(text)
  if (m) return assemble(+m[1], m[3] ?? 1, m[4] ?? 1, m[5], m[6], m[7], m[8], m[9])
  m = dayMonthYear.exec(text)
  if (m) {
    const [first, second] = [+m[1], +m[3]]
    const [month, day] = first > 12 ? [second, first] : [first, second]
    return assemble(+m[4], month, day, m[5], m[6], m[7], m[8], m[9])
  }
  m = compact.exec(text)
  if (m) return assemble(+m[1], m[2], m[3], m[4], m[5], m[6], undefined, m[7])
  return namedMonthDate(text)
}

function assemble(
  year: number, month: string | number, day: string | number, hour?: string, minute?: string, second?: string,
  fraction?: string, zone?: string,
): string | null {
  const [mo, d, h, mi, s] = [+month, +day, +(hour ?? 0), +(minute ?? 0), +(second ?? 0)]
  if (year < 1 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null
  const micro = Number((fraction ?? '').padEnd(6, '0').slice(0, 6))
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s))
  date.setUTCFullYear(year)
  if (date.getUTCDate() !== d) return null // 31 April, 29 February of a common year
  const offset = zone && !/^(z|utc)$/i.test(zone) ? zoneMinutes(zone) : 0
  date.setTime(date.getTime() - offset * 60_000 + Math.floor(micro / 1000))
  if (date.getUTCFullYear() < 1 || date.getUTCFullYear() > 9999) return null
  return `${String(date.getUTCFullYear()).padStart(4, '0')}${date.toISOString().slice(-20, -5)}.${String(date.getUTCMilliseconds()).padStart(3, '0')}${String(micro % 1000).padStart(3, '0')}`
}

function zoneMinutes(zone: string): number {
  const digits = zone.slice(1).replace(':', '')
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)
  return zone[0] === '-' ? -minutes : minutes
}

/** "22 March 2014", "March 22, 2014", "Mar 2014", "Tuesday, 22 Mar 2014": words, a day and a year in any order. */
function namedMonthDate(text: string): string | null {
  let month: number | undefined
  let day: number | undefined
  let year: number | undefined
  for (const token of text.split(/[\s,]+/).filter(Boolean)) {
    const word = token.toLowerCase().replace(/\.$/, '')
    const named = monthNames.indexOf(word) >= 0 ? monthNames.indexOf(word) : fullMonthNames.indexOf(word)
    if (named >= 0 && month === undefined) month = named + 1
    else if (/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/.test(word)) continue
    else if (/^\d{4}$/.test(word) && year === undefined) year = +word
    else if (/^\d{1,2}(st|nd|rd|th)?$/.test(word) && day === undefined) day = parseInt(word, 10)
    else return null
  }
  if (month === undefined) return null
  return assemble(year ?? 1, month, day ?? 1)
}
