/**
 * The sizes the door accepts, and the check that request data stays within
 * them: bad input must get a CKAN-style 4xx, never a stack overflow or a 500.
 */
import { RequestRejected } from './request-rejected.ts'

/** Limits on what one request may carry. */
export type DoorLimits = {
  /** JSON, form and multipart text bodies, in bytes. */
  bodyBytes: number
  /** Nesting of objects and arrays in request data. */
  depth: number
  /** Characters in any one string or object key. */
  stringLength: number
}

/** 10 MB bodies, 64 levels, 1 M-character strings: far above any real dataset dict. */
export const defaultLimits: DoorLimits = {
  bodyBytes: 10 * 1024 * 1024,
  depth: 64,
  stringLength: 1_000_000,
}

/** Throws RequestRejected (400) when `data` nests deeper or holds longer strings than allowed, or a NUL character. */
export function checkDataShape(data: unknown, limits: DoorLimits): void {
  checkValue(data, 0, limits)
}

// Recursion is safe here: it stops at limits.depth, long before the stack would (a 10k-deep body fails at level 64).
function checkValue(value: unknown, depth: number, limits: DoorLimits): void {
  if (typeof value === 'string') return checkString(value, limits)
  if (typeof value !== 'object' || value === null) return
  if (depth >= limits.depth) {
    throw new RequestRejected(400, `Request data is nested too deeply: the limit is ${limits.depth} levels`)
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) checkValue(value[index], depth + 1, limits)
    return
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue
    checkString(key, limits)
    checkValue((value as Record<string, unknown>)[key], depth + 1, limits)
  }
}

function checkString(text: string, limits: DoorLimits): void {
  if (text.length > limits.stringLength) throw tooLong(limits)
  if (text.includes('\0')) throw nulCharacter()
}

/** NUL ends strings in SQLite's FTS queries and C APIs; CKAN's PostgreSQL refuses it too (with a 500). */
function nulCharacter(): RequestRejected {
  return new RequestRejected(400, 'Request data holds a NUL (U+0000) character')
}

function tooLong(limits: DoorLimits): RequestRejected {
  return new RequestRejected(400, `Request data holds a string longer than ${limits.stringLength} characters`)
}
