/**
 * CKAN's isodate validator for resource dates (created, last_modified,
 * cache_last_updated): the string is cut at non-digits into year, month,
 * day, hours, minutes and seconds[.fraction], then written back as Python's
 * datetime.isoformat() writes it. A zone suffix ("Z", "+01:00") is refused,
 * as CKAN refuses it.
 */

/** The value as CKAN stores it: an ISO string, null when absent, null or "", undefined when not a valid date. */
export function isodate(value: unknown): string | null | undefined {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string') return undefined
  const parts = splitDigits(value)
  if (parts.length < 3) return undefined
  let micro = 0
  if (parts.length === 6) {
    const match = /^(\d{2})(?:\.(\d+))?$/.exec(parts[5])
    if (!match) return undefined
    parts[5] = match[1]
    micro = Number((`${match[2] ?? '0'}00000`).slice(0, 6))
  }
  if (parts.some((part) => !/^\d+$/.test(part))) return undefined
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts.map(Number)
  if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  const time = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`
  return micro ? `${time}.${pad(micro, 6)}` : time
}

/** Python's re.split(r'[^\d]+', text, maxsplit=5). */
function splitDigits(text: string): string[] {
  const parts: string[] = []
  let rest = text
  while (parts.length < 5) {
    const match = /[^\d]+/.exec(rest)
    if (!match) break
    parts.push(rest.slice(0, match.index))
    rest = rest.slice(match.index + match[0].length)
  }
  parts.push(rest)
  return parts
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false
  const leapDay = month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 1 : 0
  return day <= daysInMonth[month - 1] + leapDay
}
