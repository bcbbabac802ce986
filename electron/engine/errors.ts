/**
 * The errors an action may throw, one per CKAN error kind.
 *
 * Only the doors turn them into envelopes (see envelope-of.ts) and HTTP codes
 * (statusOf); anything else thrown inside an action is an Internal Server Error.
 */
import type { ErrorBody } from '../../shared/envelope.ts'

/** Base of every error an action throws on purpose. */
export abstract class ActionError extends Error {
  abstract readonly status: number
  abstract body(): ErrorBody
}

/** 409, field → messages, as CKAN's ValidationError. */
export class ValidationError extends ActionError {
  readonly status = 409
  constructor(readonly errors: Record<string, unknown>) {
    super('Validation Error')
  }
  body(): ErrorBody {
    // CKAN adds __type to the field errors, so it comes last in the JSON.
    return { ...this.errors, __type: 'Validation Error' } as ErrorBody
  }
}

/** 403; message "Access denied" or "Access denied: {detail}". */
export class NotAuthorized extends ActionError {
  readonly status = 403
  constructor(readonly detail = '') {
    super(detail ? `Access denied: ${detail}` : 'Access denied')
  }
  body(): ErrorBody {
    return { __type: 'Authorization Error', message: this.message }
  }
}

/** 404; message "Not found" or "Not found: {detail}". */
export class NotFound extends ActionError {
  readonly status = 404
  constructor(readonly detail = '') {
    super(detail ? `Not found: ${detail}` : 'Not found')
  }
  body(): ErrorBody {
    return { __type: 'Not Found Error', message: this.message }
  }
}

/** 400 Integrity Error: structurally wrong data (an object where a list of objects belongs). */
export class IntegrityError extends ActionError {
  readonly status = 400
  constructor(
    message: string,
    readonly data?: unknown,
  ) {
    super(message)
  }
  body(): ErrorBody {
    return this.data === undefined
      ? { __type: 'Integrity Error', message: this.message }
      : { __type: 'Integrity Error', message: this.message, data: this.data }
  }
}

/** 400 Search Query Error: invalid search parameters; message starts "Search Query is invalid: ". */
export class SearchQueryError extends ActionError {
  readonly status = 400
  constructor(detail: string) {
    super(`Search Query is invalid: ${detail}`)
  }
  body(): ErrorBody {
    return { __type: 'Search Query Error', message: this.message }
  }
}

/** 409 Search Error: the query itself could not be run; message starts "Search error: ". */
export class SearchError extends ActionError {
  readonly status = 409
  constructor(detail: string) {
    super(`Search error: ${detail}`)
  }
  body(): ErrorBody {
    return { __type: 'Search Error', message: this.message }
  }
}

/**
 * 400 whose body is a bare JSON string, not an envelope: unknown action, bad JSON,
 * GET on a write action. CKAN writes these as "Bad request - ...".
 */
export class BadRequest extends Error {
  readonly status = 400
  constructor(detail: string) {
    super(`Bad request - ${detail}`)
  }
}

/** Throws NotFound; usable in expressions: `row ?? notFound('Dataset not found')`. */
export function notFound(detail = ''): never {
  throw new NotFound(detail)
}

/** Throws NotAuthorized; usable in expressions. */
export function notAuthorized(detail = ''): never {
  throw new NotAuthorized(detail)
}

/** Throws a ValidationError for one field with one message (CKAN's usual list form). */
export function invalid(field: string, message: string): never {
  throw new ValidationError({ [field]: [message] })
}
