/**
 * A small schema runner with CKAN's navl semantics.
 *
 * Mirrors ckan/lib/navl/dictization_functions.py: each field runs its chain
 * of validators in order; a validator returns the (converted) value, throws
 * Invalid to record a message and go on with the next validator (so one field
 * can collect several messages), or throws StopOnError to end the chain.
 * A validator that returns MISSING drops the key from the result.
 */
import type { Context } from '../context.ts'
import { ValidationError } from '../errors.ts'

/** An absent value: the key was not in the request. */
export const MISSING: unique symbol = Symbol('missing')
export type Missing = typeof MISSING

/** Records a message on the field; the chain goes on. */
export class Invalid extends Error {}

/** Ends the field's chain (after any message was recorded). */
export class StopOnError extends Error {}

/** Ends the field's chain and drops the key from the result (navl's ignore_empty). */
export class StopAndDrop extends StopOnError {}

export type Field = {
  key: string
  /** The whole request being validated (already-converted fields included). */
  data: Record<string, unknown>
  errors: string[]
  ctx: Context
}

export type Validator = (value: unknown, field: Field) => unknown

export type Schema = Record<string, Validator[]>

/**
 * Runs `schema` over `params`. Keys the schema does not name are kept as sent,
 * so handlers decide what to do with them. Returns the converted data and the
 * field → messages errors (empty when valid).
 */
export function runSchema(
  schema: Schema,
  params: Record<string, unknown>,
  ctx: Context,
): { data: Record<string, unknown>; errors: Record<string, string[]> } {
  const data: Record<string, unknown> = { ...params }
  const errors: Record<string, string[]> = {}
  for (const [key, chain] of Object.entries(schema)) {
    let value: unknown = key in params ? params[key] : MISSING
    const field: Field = { key, data, errors: [], ctx }
    for (const validator of chain) {
      try {
        value = validator(value, field)
      } catch (error) {
        if (error instanceof Invalid) field.errors.push(error.message)
        else if (error instanceof StopAndDrop) {
          value = MISSING
          break
        } else if (error instanceof StopOnError) break
        else throw error
      }
    }
    if (value === MISSING) delete data[key]
    else data[key] = value
    if (field.errors.length) errors[key] = field.errors
  }
  return { data, errors }
}

/** Runs `schema` and throws CKAN's ValidationError when any field failed. */
export function validateOrThrow<T extends Record<string, unknown>>(
  schema: Schema,
  params: Record<string, unknown>,
  ctx: Context,
): T {
  const { data, errors } = runSchema(schema, params, ctx)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return data as T
}

/** True when a value counts as absent for CKAN's "missing" checks. */
export function isMissing(value: unknown): boolean {
  return value === MISSING || value === undefined
}
