/**
 * Python's `json.dumps(value, sort_keys=True, ...)` of a decoded JSON value:
 * what CKAN's unicode_safe makes of anything that is not a string (a list
 * given for a text field becomes '["a", "b"]'), and, indented and ASCII-only,
 * the text activity_diff compares.
 */

export type PythonJsonOptions = {
  /** json.dumps's indent: items on their own lines, `,` between them (Python's separators once indented). */
  indent?: number
  /** json.dumps's ensure_ascii: anything outside ' '..'~' written as \uXXXX. */
  ensureAscii?: boolean
}

/**
 * The JSON text Python writes for `value`, keys sorted. By default as
 * `json.dumps(value, sort_keys=True, ensure_ascii=False)`: ", " and ": "
 * separators, non-ASCII kept.
 */
export function pythonJsonDumps(value: unknown, options: PythonJsonOptions = {}): string {
  return dump(value, options, '')
}

function dump(value: unknown, options: PythonJsonOptions, margin: string): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return pythonString(value, options.ensureAscii ?? false)
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return pythonNumber(value)
  if (typeof value !== 'object') return pythonString(String(value), options.ensureAscii ?? false)
  const inner = options.indent === undefined ? margin : margin + ' '.repeat(options.indent)
  const items = Array.isArray(value)
    ? value.map((item) => dump(item, options, inner))
    : Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => `${pythonString(key, options.ensureAscii ?? false)}: ${dump(item, options, inner)}`)
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  // Mirrors Python's encoder: an empty container stays on one line even when indenting.
  if (items.length === 0) return open + close
  if (options.indent === undefined) return `${open}${items.join(', ')}${close}`
  return `${open}\n${inner}${items.join(`,\n${inner}`)}\n${margin}${close}`
}

/** A string as Python's encoder writes it; JSON.stringify escapes the same control characters the same way. */
function pythonString(text: string, ensureAscii: boolean): string {
  const json = JSON.stringify(text)
  if (!ensureAscii) return json
  // Per UTF-16 unit, as Python writes astral characters as surrogate pairs.
  return json.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * A number as Python writes it: whole numbers as integers, other floats as repr()
 * does (the same shortest digits as JavaScript, but an exponent below -4 or
 * from 16 up, written with a sign and at least two digits: 1e-05, 1.5e+16).
 */
function pythonNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN'
  // A whole number past 2^53 came from a float (an integer that long cannot survive JSON.parse): Python writes those with an exponent.
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return String(value)
  const [mantissa, exponentText] = value.toExponential().split('e')
  const exponent = Number(exponentText)
  if (exponent >= -4 && exponent < 16) return String(value)
  return `${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`
}
