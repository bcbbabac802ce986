/**
 * The transport under the remote client: undici requests with timeouts,
 * retries (backoff + jitter, Retry-After), a per-origin concurrency limit,
 * and redirects handled by hand so the token never reaches another origin.
 */
import type { Readable } from 'node:stream'
import { request, type Dispatcher } from 'undici'
import { limiterFor, type Limiter } from './limiter.ts'
import {
  backoffMs,
  defaultRetryPolicy,
  errorCode,
  isConnectError,
  isNetworkError,
  isRetryableStatus,
  isTimeout,
  isUnprocessedStatus,
  parseRetryAfter,
  sleep,
  type RetryPolicy,
} from './retry.ts'

/** Why a request to a remote failed, without any secret in the message. */
export class RemoteError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'redirect' | 'protocol' | 'budget' | 'aborted',
    readonly status?: number,
    readonly code?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message)
    this.name = 'RemoteError'
  }
}

/** Something the client reports as it works: retries, waits, redirects followed. */
export type TransportEvent =
  | { type: 'retry'; what: string; attempt: number; waitMs: number; reason: string }
  | { type: 'redirect'; from: string; to: string; withToken: boolean }

export type HttpOptions = {
  /** Origin the token belongs to; it is sent to this origin only. */
  origin: string
  token?: string
  /** Per request: the wait for headers and between body chunks. Default 30 s. */
  timeoutMs?: number
  /** Requests in flight to this origin at most (shared per process). Default 3. */
  maxConcurrent?: number
  retry?: RetryPolicy
  dispatcher?: Dispatcher
  onEvent?: (event: TransportEvent) => void
  signal?: AbortSignal
}

export type SendOptions = {
  method: 'GET' | 'POST'
  url: string
  headers?: Record<string, string>
  /** Builds the body afresh for each attempt (a stream can be read only once). */
  body?: () => string | Buffer | Readable | null
  /** Safe to repeat after the request may have reached the server. */
  idempotent: boolean
  /** Follow redirects to other origins (without the token); API calls refuse them instead. */
  followCrossOrigin?: boolean
  /** A label for events and errors ("package_show", "download"). */
  what: string
  /** Retry after a timeout (default true); false when the caller has a better next step (a smaller page). */
  retryTimeouts?: boolean
}

export type Response = { status: number; headers: Record<string, string | string[] | undefined>; body: Dispatcher.ResponseData['body']; url: string }

const maxRedirects = 5

/** Sends requests to one remote with the reliability rules above. */
export class HttpClient {
  readonly origin: string
  private readonly limiter: Limiter
  private readonly policy: RetryPolicy
  private readonly timeoutMs: number

  constructor(private readonly options: HttpOptions) {
    this.origin = new URL(options.origin).origin
    this.limiter = limiterFor(this.origin, options.maxConcurrent ?? 3)
    this.policy = options.retry ?? defaultRetryPolicy
    this.timeoutMs = options.timeoutMs ?? 30_000
  }

  /**
   * Sends a request and lets `consume` read the response while the slot is
   * held; retries the whole exchange on network errors, 429 and 5xx.
   */
  async send<T>(options: SendOptions, consume: (response: Response) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.limiter.run(() => this.once(options, consume))
      } catch (error) {
        const wait = this.retryWait(error, options, attempt)
        if (wait === undefined) throw asRemoteError(this.withWaitAsked(error), options.what)
        this.options.onEvent?.({ type: 'retry', what: options.what, attempt: attempt + 1, waitMs: wait, reason: reasonOf(error) })
        await sleep(wait, this.options.signal).catch(() => {
          throw new RemoteError(`${options.what}: cancelled`, 'aborted')
        })
      }
    }
  }

  /**
   * A 429 or 503 whose Retry-After is longer than we wait says so: "the remote
   * answered 429" alone reads like a fault, where the remote asked for a pause.
   */
  private withWaitAsked(error: unknown): unknown {
    if (!(error instanceof RemoteError) || error.retryAfterMs === undefined || error.retryAfterMs <= this.policy.maxRetryAfterMs) return error
    const asked = formatWait(error.retryAfterMs)
    return new RemoteError(
      `${error.message} and asks to wait ${asked} before trying again (longer than Shelfmark waits by itself); run the job again after that`,
      error.kind,
      error.status,
      error.code,
      error.retryAfterMs,
    )
  }

  private retryWait(error: unknown, options: SendOptions, attempt: number): number | undefined {
    if (attempt >= this.policy.retries || this.options.signal?.aborted) return undefined
    if (error instanceof RemoteError && error.kind === 'http' && error.status !== undefined) {
      if (!isRetryableStatus(error.status)) return undefined
      if (!options.idempotent && !isUnprocessedStatus(error.status)) return undefined
      if (error.retryAfterMs !== undefined) {
        return error.retryAfterMs <= this.policy.maxRetryAfterMs ? error.retryAfterMs : undefined
      }
      return backoffMs(attempt, this.policy)
    }
    if (error instanceof RemoteError) return undefined
    if (!isNetworkError(error)) return undefined
    if (options.retryTimeouts === false && isTimeout(error)) return undefined
    if (!options.idempotent && !isConnectError(error)) return undefined
    return backoffMs(attempt, this.policy)
  }

  private async once<T>(options: SendOptions, consume: (response: Response) => Promise<T>): Promise<T> {
    let url = options.url
    let method = options.method
    let withBody = true
    for (let hop = 0; ; hop++) {
      const target = new URL(url)
      const headers: Record<string, string> = { 'user-agent': 'shelfmark-sync', ...options.headers }
      // The one place the token is attached: only for the remote's own origin.
      if (this.options.token && target.origin === this.origin) headers.authorization = this.options.token
      const response = await request(url, {
        method,
        headers,
        body: withBody ? (options.body?.() ?? null) : null,
        dispatcher: this.options.dispatcher,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
        signal: this.options.signal,
      })
      if (response.statusCode >= 300 && response.statusCode < 400 && response.headers.location) {
        await response.body.dump()
        const next = new URL(String(response.headers.location), url)
        const sameOrigin = next.origin === this.origin
        if (hop >= maxRedirects) throw new RemoteError(`${options.what}: too many redirects`, 'redirect', response.statusCode)
        if (!sameOrigin && !options.followCrossOrigin) {
          throw new RemoteError(
            `${options.what}: the remote redirected to another origin (${next.origin}); check the remote's URL`,
            'redirect',
            response.statusCode,
          )
        }
        const keepsMethod = response.statusCode === 307 || response.statusCode === 308
        if (!keepsMethod && method === 'POST') {
          throw new RemoteError(`${options.what}: the remote redirected a POST to ${next.origin}${next.pathname}; check the remote's URL`, 'redirect', response.statusCode)
        }
        this.options.onEvent?.({ type: 'redirect', from: safeUrl(target), to: safeUrl(next), withToken: sameOrigin && !!this.options.token })
        url = next.toString()
        if (!keepsMethod) [method, withBody] = ['GET', false]
        continue
      }
      if (isRetryableStatus(response.statusCode)) {
        await response.body.dump()
        throw new RemoteError(
          `${options.what}: the remote answered ${response.statusCode}`,
          'http',
          response.statusCode,
          undefined,
          parseRetryAfter(response.headers['retry-after']),
        )
      }
      return consume({ status: response.statusCode, headers: response.headers, body: response.body, url })
    }
  }
}

/** A wait for people: "45 s", "5 min", "2 h". */
function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  if (seconds < 120) return `${seconds} s`
  const minutes = Math.ceil(seconds / 60)
  return minutes < 120 ? `${minutes} min` : `${Math.ceil(minutes / 60)} h`
}

/** A URL for messages: origin and path only (queries may carry signatures). */
export function safeUrl(url: URL): string {
  return `${url.origin}${url.pathname}`
}

function asRemoteError(error: unknown, what: string): Error {
  if (error instanceof RemoteError || !(error instanceof Error)) return error as Error
  if (error.name === 'AbortError' || errorCode(error) === 'UND_ERR_ABORTED') return new RemoteError(`${what}: cancelled`, 'aborted')
  if (isNetworkError(error)) return new RemoteError(`${what}: ${reasonOf(error)}`, 'network', undefined, errorCode(error))
  return error
}

function reasonOf(error: unknown): string {
  if (error instanceof RemoteError) return error.status ? `HTTP ${error.status}` : error.message
  const code = errorCode(error)
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return 'timed out'
  return code ?? 'network error'
}
