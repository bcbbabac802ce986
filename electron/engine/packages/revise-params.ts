/**
 * package_revise's parameters, validated as CKAN's package_revise_schema
 * does: match and update are dicts (or JSON text of one), filter and
 * include lists of strings (or JSON text, or comma-separated text), and
 * `match__…` / `update__…` keys collected with their values parsed as JSON
 * when possible.
 */
import { ValidationError } from '../errors.ts'
import { isDict } from './check-structure.ts'

/** package_revise's parameters once parsed. */
export type ReviseParams = {
  match: Record<string, unknown>
  matchKeys: Record<string, unknown>
  filter: string[] | null
  update: Record<string, unknown> | null
  updateKeys: Record<string, unknown>
  include: string[] | null
}

/** The parsed parameters; throws CKAN's Validation Error for any bad one. */
export function reviseParams(params: Record<string, unknown>): ReviseParams {
  const errors: Record<string, string[]> = {}
  const match = dictParam(params.match, 'match', errors)
  const update = dictParam(params.update, 'update', errors)
  const filter = listParam(params.filter, 'filter', errors)
  const include = listParam(params.include, 'include', errors)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return {
    match: match ?? {},
    matchKeys: prefixed(params, 'match__'),
    filter,
    update,
    updateKeys: prefixed(params, 'update__'),
    include,
  }
}

/** CKAN's json_or_string: JSON text parsed, anything else as sent. */
export function jsonOrString(value: unknown): unknown {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

function dictParam(value: unknown, field: string, errors: Record<string, string[]>): Record<string, unknown> | null {
  if (value === undefined || value === null) return null
  const parsed = jsonOrString(value)
  if (isDict(parsed)) return parsed
  errors[field] = ['Must be a dict']
  return null
}

function listParam(value: unknown, field: string, errors: Record<string, string[]>): string[] | null {
  if (value === undefined || value === null) return null
  let parsed = value
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value)
    } catch {
      parsed = value.split(',').map((part) => part.trim())
    }
  }
  if (!Array.isArray(parsed)) {
    errors[field] = ['Not a list']
    return null
  }
  const notString = parsed.find((item) => typeof item !== 'string')
  if (notString !== undefined) {
    errors[field] = [`Not a string: ${String(notString)}`]
    return null
  }
  return parsed as string[]
}

function prefixed(params: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const collected: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(params)) {
    if (key.startsWith(prefix)) collected[key.slice(prefix.length)] = jsonOrString(value)
  }
  return collected
}
