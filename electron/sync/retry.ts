/**
 * When and how long to wait before asking a remote again: capped exponential
 * backoff with jitter, Retry-After honoured, and a fixed list of what is
 * worth retrying (network errors, 429, 5xx).
 */

export type RetryPolicy = {
  /** Attempts after the first one. */
  retries: number
  /** The first backoff step; each next step doubles. */
  baseMs: number
  /** No computed backoff exceeds this. */
  capMs: number
  /** A Retry-After above this is not waited for: the attempt fails instead. */
  maxRetryAfterMs: number
}

export const defaultRetryPolicy: RetryPolicy = { retries: 5, baseMs: 250, capMs: 8_000, maxRetryAfterMs: 120_000 }

/**
 * The wait before retry number `attempt` (0-based): "equal jitter", half the
 * capped exponential step plus a random half, so waits grow but never align
 * across clients.
 */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 30))
  return Math.round(step / 2 + random() * (step / 2))
}

/** Retry-After as milliseconds from `now` (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (!text) return undefined
  const trimmed = text.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/** True for HTTP statuses worth retrying: 429 and 5xx except 501 (never going to work). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501)
}

/** True for statuses a server sends before doing any work, so even a non-idempotent request may be repeated. */
export function isUnprocessedStatus(status: number): boolean {
  return status === 429 || status === 503
}

const connectCodes = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'EAI_AGAIN'])
const networkCodes = new Set([
  ...connectCodes,
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
])

/** True for transport failures (resets, refusals, timeouts) rather than answers. */
export function isNetworkError(error: unknown): boolean {
  const code = errorCode(error)
  return code !== undefined && networkCodes.has(code)
}

/** True when the remote took too long to answer or to send its body (an answer may have been under way). */
export function isTimeout(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT'
}

/** True when the request certainly never reached the server (connection refused or never opened). */
export function isConnectError(error: unknown): boolean {
  const code = errorCode(error)
  return code !== undefined && connectCodes.has(code)
}

/** The error's code, looking through `cause` chains (undici wraps socket errors). */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && code) return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** Resolves after `ms`, or rejects early when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
