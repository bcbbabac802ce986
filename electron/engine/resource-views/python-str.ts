/** Python's str() of a decoded JSON value, for CKAN messages that format one with "{}". */
import { pyRepr } from '../search/py-repr.ts'

/** str(value) as Python prints it: text as is, None, True, False, numbers, and repr() inside lists and dicts. */
export function pythonStr(value: unknown): string {
  return typeof value === 'string' ? value : reprOf(value)
}

function reprOf(value: unknown): string {
  if (value === null || value === undefined) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return pyRepr(value)
  if (Array.isArray(value)) return `[${value.map(reprOf).join(', ')}]`
  return `{${Object.entries(value as Record<string, unknown>).map(([key, item]) => `${pyRepr(key)}: ${reprOf(item)}`).join(', ')}}`
}
