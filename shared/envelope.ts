/** CKAN's response envelope, shared by every door and every client of the engine. */

/** The error body of a failed CKAN call; `__type` names the kind, other keys depend on it. */
export type ErrorBody =
  | { __type: 'Validation Error'; [field: string]: unknown } // 409, field → messages
  | { __type: 'Authorization Error' | 'Not Found Error'; message: string } // 403, 404
  | { __type: 'Integrity Error'; message: string; data?: unknown } // 400
  | { __type: 'Search Query Error' | 'Search Error' | 'Search Index Error'; message: string }
  | { __type: 'Internal Server Error'; message: string } // 500

/** What every action call returns over HTTP and IPC. */
export type Envelope<T> =
  | { help: string; success: true; result: T }
  | { help: string; success: false; error: ErrorBody }

/** A failed call on the client side, carrying CKAN's error body (as ckanapi's ValidationError etc.). */
export class ActionFailure extends Error {
  constructor(
    readonly error: ErrorBody,
    readonly status?: number,
  ) {
    super(describeError(error))
    this.name = 'ActionFailure'
  }
}

/** A success's result; a failure thrown as ActionFailure. */
export function unwrap<T>(envelope: Envelope<T>, status?: number): T {
  if (envelope.success) return envelope.result
  throw new ActionFailure(envelope.error, status)
}

/** A one-line human reading of an error body, for logs and messages. */
export function describeError(error: ErrorBody): string {
  if ('message' in error && typeof error.message === 'string') return `${error.__type}: ${error.message}`
  const fields = Object.entries(error)
    .filter(([key]) => key !== '__type')
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
  return `${error.__type}: ${fields.join('; ')}`
}
