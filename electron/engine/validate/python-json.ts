/**
 * Python's `json.dumps(value, sort_keys=True, ensure_ascii=False)` of a
 * decoded JSON value: what CKAN's unicode_safe makes of anything that is not
 * a string (a list given for a text field becomes '["a", "b"]').
 */

/** The JSON text Python writes for `value`: ", " and ": " separators, keys sorted, non-ASCII kept. */
export function pythonJsonDumps(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value)
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN'
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${pythonJsonDumps(item)}`).join(', ')}}`
  }
  return JSON.stringify(String(value))
}
