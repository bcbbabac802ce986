/**
 * A CKAN Action API client for one remote site: actions as POSTed JSON, the
 * envelope unwrapped into results or ActionFailure (CKAN's error body), the
 * token sent raw in `Authorization` (CKAN 2.9+) to the site's own origin only.
 */
import { ActionFailure, type Envelope, type ErrorBody } from '../../shared/envelope.ts'
import { HttpClient, RemoteError, type HttpOptions, type TransportEvent } from './http.ts'
import { redact } from './secrets.ts'
import { downloadFile, uploadMultipart, type DownloadResult, type UploadFile } from './transfer.ts'

export { RemoteError, type TransportEvent }

export type RemoteOptions = Omit<HttpOptions, 'origin'> & {
  /** The site URL, e.g. https://demo.ckan.org or https://host/ckan (a path prefix is kept). */
  url: string
}

/** What `status_show` says about a site, plus who the token belongs to. */
export type RemoteStatus = {
  ckan_version: string | null
  site_title: string | null
  site_url: string | null
  extensions: string[]
  /** The token's user (2.10+ `user_show` without id); null when anonymous or unknown. */
  user: { name: string; sysadmin: boolean } | null
  /**
   * False when a token is set but a 2.10+ site answers as to anonymous: CKAN
   * runs a request with a revoked, expired or mistyped token as anonymous
   * rather than refusing it. Null when it cannot be told (no token, or a
   * site older than 2.10 or hiding its version, where user_show needs an id).
   */
  token_accepted: boolean | null
}

/** A client for one remote CKAN site. */
export class RemoteCkan {
  readonly baseUrl: string
  readonly http: HttpClient
  private readonly token?: string

  constructor(options: RemoteOptions) {
    this.baseUrl = normalizeSiteUrl(options.url)
    this.token = options.token
    this.http = new HttpClient({ ...options, origin: new URL(this.baseUrl).origin })
  }

  /** The site's origin (scheme, host, port): the only place the token goes. */
  get origin(): string {
    return this.http.origin
  }

  /**
   * Calls an action and returns its result; throws ActionFailure for CKAN
   * errors, RemoteError for transport trouble and bare 400s.
   * `idempotent` (default true) allows retrying after the request may have arrived;
   * `retryTimeouts: false` leaves a timed-out call to the caller at once.
   */
  async action<T = any>(name: string, params: Record<string, unknown> = {}, options: { idempotent?: boolean; retryTimeouts?: boolean } = {}): Promise<T> {
    const body = JSON.stringify(params)
    return this.http.send(
      {
        method: 'POST',
        url: `${this.baseUrl}/api/3/action/${encodeURIComponent(name)}`,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: () => body,
        idempotent: options.idempotent ?? true,
        retryTimeouts: options.retryTimeouts,
        what: name,
      },
      async (response) => this.readEnvelope<T>(name, response.status, await response.body.text()),
    )
  }

  /** `status_show` plus the token's user, as recorded by `remote check`. */
  async status(): Promise<RemoteStatus> {
    const status = await this.action<Record<string, any>>('status_show')
    const ckanVersion = typeof status.ckan_version === 'string' ? status.ckan_version : null
    let user: RemoteStatus['user'] = null
    let tokenAccepted: boolean | null = null
    if (this.token) {
      user = await this.action<Record<string, any>>('user_show').then(
        (u) => ({ name: String(u.name), sysadmin: Boolean(u.sysadmin) }),
        () => null, // 2.9 and older need an id; anonymous gets 404
      )
      tokenAccepted = user ? true : showsCaller(ckanVersion) ? false : null
    }
    return {
      ckan_version: ckanVersion,
      site_title: status.site_title ?? null,
      site_url: status.site_url ?? null,
      extensions: Array.isArray(status.extensions) ? status.extensions.map(String) : [],
      user,
      token_accepted: tokenAccepted,
    }
  }

  /** Streams a file (a resource's URL) to `file`; the token goes only to this site's origin, never across redirects. */
  download(url: string, file: string, options: { maxBytes?: number; onProgress?: (bytes: number) => void } = {}): Promise<DownloadResult> {
    return downloadFile(this.http, new URL(url, `${this.baseUrl}/`).toString(), file, options)
  }

  /** Sends a multipart action call (resource_create / resource_patch with `upload`), streaming the file. */
  async upload<T = any>(name: string, fields: Record<string, string>, file: UploadFile, onProgress?: (bytes: number) => void): Promise<T> {
    return uploadMultipart(this.http, `${this.baseUrl}/api/3/action/${encodeURIComponent(name)}`, name, fields, file, onProgress, async (response) =>
      this.readEnvelope<T>(name, response.status, await response.body.text()),
    )
  }

  private readEnvelope<T>(name: string, status: number, text: string): T {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new RemoteError(`${name}: the remote answered ${status} with a body that is not JSON`, 'protocol', status)
    }
    if (typeof parsed === 'string') throw new RemoteError(this.clean(parsed), 'http', status) // CKAN's bare 400 strings
    const envelope = parsed as Envelope<T>
    if (envelope && typeof envelope === 'object' && envelope.success === true) return envelope.result
    if (envelope && typeof envelope === 'object' && envelope.success === false && envelope.error) {
      throw new ActionFailure(this.cleanBody(envelope.error), status)
    }
    throw new RemoteError(`${name}: the remote answered ${status} without a CKAN envelope`, 'protocol', status)
  }

  private clean(text: string): string {
    return redact(text, [this.token])
  }

  private cleanBody(body: ErrorBody): ErrorBody {
    return JSON.parse(this.clean(JSON.stringify(body)))
  }
}

/** True for CKAN 2.10 and later, whose user_show without an id answers with the caller. */
function showsCaller(version: string | null): boolean {
  const [major, minor] = (version ?? '').split('.').map(Number)
  return major > 2 || (major === 2 && minor >= 10)
}

/** True when a failure means the remote lacks the action (older CKAN, or refused by configuration). */
export function isUnknownAction(error: unknown): boolean {
  return error instanceof RemoteError && error.status === 400 && /Action name not known/i.test(error.message)
}

/** A site URL without trailing slashes or an /api suffix; throws for non-http(s) URLs. */
export function normalizeSiteUrl(url: string): string {
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('A remote URL must start with http:// or https://')
  if (parsed.username || parsed.password) throw new Error('A remote URL must not carry credentials; use --token')
  const path = parsed.pathname.replace(/\/+$/, '').replace(/\/api(\/3)?(\/action)?$/, '')
  return `${parsed.origin}${path}`
}
