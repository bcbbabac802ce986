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
