/**
 * Python's repr() of a decoded JSON value, for CKAN's error texts that embed
 * one ("Request data JSON decoded to [1, 2] but it needs to be a dictionary.").
 */

const maxLength = 200

/** repr() of a JSON value as Python prints it, cut to 200 characters. */
export function pythonRepr(value: unknown): string {
  const text = reprOf(value, 0)
  return text.length > maxLength ? `${text.slice(0, maxLength)}...` : text
}

function reprOf(value: unknown, depth: number): string {
  if (depth > 8) return '...'
  if (value === null || value === undefined) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : floatRepr(value)
  if (typeof value === 'string') return stringRepr(value)
  if (Array.isArray(value)) return `[${value.slice(0, 50).map((item) => reprOf(item, depth + 1)).join(', ')}]`
  const entries = Object.entries(value as Record<string, unknown>).slice(0, 50)
  return `{${entries.map(([key, item]) => `${stringRepr(key)}: ${reprOf(item, depth + 1)}`).join(', ')}}`
}

function floatRepr(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf'
  return String(value)
}

function stringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
  return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote
}
