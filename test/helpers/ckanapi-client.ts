/**
 * A stand-in for ckanapi's RemoteCKAN, sending exactly what it sends: POST
 * `/api/action/NAME` with an ASCII-escaped JSON body, `Content-Type:
 * application/json`, the key in both `X-CKAN-API-Key` and `Authorization`,
 * its User-Agent; multipart with string fields and an untyped file part for
 * uploads; GET with query parameters (Python's str() of each value) in
 * get_only mode. Errors come back as ckanapi raises them.
 */
import { request } from 'undici'

/** ckanapi's User-Agent (RemoteCKAN default). */
export const ckanapiUserAgent = 'ckanapi/4.7 (+https://github.com/ckan/ckanapi)'

/** One raw exchange, kept so tests can check the envelope of every call. */
export type WireReply = { status: number; contentType: string; body: any; text: string; action: string }

/** What ckanapi raises for an error envelope (errors.py). */
export class CkanapiError extends Error {
  constructor(
    readonly kind:
      | 'NotFound'
      | 'NotAuthorized'
      | 'ValidationError'
      | 'SearchQueryError'
      | 'SearchError'
      | 'SearchIndexError'
      | 'CKANAPIError'
      | 'ServerIncompatibleError'
      /** Python's AttributeError inside reverse_apicontroller_action: an error whose message is no string. */
      | 'AttributeError',
    readonly error: any,
    readonly reply: WireReply,
  ) {
    super(`${kind}: ${typeof error === 'string' ? error : JSON.stringify(error)}`)
  }
}

export type CallOptions = { files?: Record<string, { name: string; bytes: Buffer | string }>; apikey?: string }

/** A RemoteCKAN-alike over one site; `replies` records every exchange. */
export class RemoteCkan {
  readonly replies: WireReply[] = []

  constructor(
    readonly address: string,
    readonly apikey: string | null = null,
    readonly getOnly = false,
  ) {}

  /** call_action: the result, or a CkanapiError as reverse_apicontroller_action raises it. */
  async callAction(action: string, dataDict: Record<string, unknown> = {}, options: CallOptions = {}): Promise<any> {
    // requests.Session's own headers (its Connection: keep-alive is undici's default), then
    // prepare_action's: Content-Type is set whenever no files go, so a get_only GET carries
    // `Content-Type: application/json` too, with no body.
    const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate', accept: '*/*' }
    if (!options.files) headers['content-type'] = 'application/json'
    const apikey = options.apikey ?? this.apikey
    if (apikey) {
      headers['x-ckan-api-key'] = apikey
      headers.authorization = apikey
    }
    headers['user-agent'] = ckanapiUserAgent
    const url = `${this.address.replace(/\/$/, '')}/api/action/${action}`
    let response
    if (this.getOnly) {
      if (options.files) throw new CkanapiError('CKANAPIError', 'RemoteCKAN: files may not be sent when get_only is True', null as never)
      // requests' params: a list is one pair per item, None (alone or in a list) is left out.
      const query = new URLSearchParams()
      for (const [key, value] of Object.entries(dataDict)) {
        for (const item of Array.isArray(value) ? value : [value]) if (item !== null && item !== undefined) query.append(key, pythonStr(item))
      }
      const search = query.toString()
      response = await request(search ? `${url}?${search}` : url, { method: 'GET', headers })
    } else if (options.files) {
      const { body, contentType } = requestsMultipart(dataDict, options.files)
      response = await request(url, { method: 'POST', headers: { ...headers, 'content-type': contentType }, body })
    } else {
      response = await request(url, { method: 'POST', headers, body: asciiJson(dataDict) })
    }
    const text = await response.body.text()
    let body: any
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
    const reply = { status: response.statusCode, contentType: String(response.headers['content-type'] ?? ''), body, text, action }
    this.replies.push(reply)
    return reverseApicontrollerAction(reply)
  }

  /** The `.action.NAME(**kwargs)` shortcut. */
  readonly action = new Proxy({} as Record<string, (data?: Record<string, unknown>, options?: CallOptions) => Promise<any>>, {
    get: (_target, name: string) => (data: Record<string, unknown> = {}, options: CallOptions = {}) => this.callAction(name, data, options),
  })
}

/** ckanapi's reverse_apicontroller_action: success → result, else the matching exception. */
function reverseApicontrollerAction(reply: WireReply): any {
  const parsed = reply.body
  const isDict = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
  if (isDict && parsed.success) return parsed.result
  // A JSON string, list or number has no .get: AttributeError, caught, so no error dict.
  const error = isDict ? (parsed.error === undefined ? {} : parsed.error) : {}
  if (error === null || typeof error !== 'object' || Array.isArray(error)) {
    throw new CkanapiError('ServerIncompatibleError', reply.text, reply)
  }
  const rawMessage = error.message === undefined ? '' : error.message
  if (typeof rawMessage !== 'string') throw new CkanapiError('AttributeError', error, reply) // ''.split on a non-string
  const cut = rawMessage.indexOf(': ')
  const message = cut === -1 ? rawMessage : rawMessage.slice(cut + 2) // .split(': ', 1)[-1]
  switch (error.__type) {
    case 'Search Query Error':
      throw new CkanapiError('SearchQueryError', message, reply)
    case 'Search Error':
      throw new CkanapiError('SearchError', message, reply)
    case 'Search Index Error':
      throw new CkanapiError('SearchIndexError', message, reply)
    case 'Validation Error':
      throw new CkanapiError('ValidationError', error, reply)
    case 'Not Found Error':
      throw new CkanapiError('NotFound', message, reply)
    case 'Authorization Error':
      throw new CkanapiError('NotAuthorized', error, reply)
    default:
      throw new CkanapiError('CKANAPIError', reply.text, reply)
  }
}

/** json.dumps(...).encode('ascii'): non-ASCII as \uXXXX escapes, Python's separators. */
function asciiJson(value: unknown): string {
  return pythonJson(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function pythonJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}: ${pythonJson(v)}`)
      .join(', ')}}`
  }
  return JSON.stringify(value)
}

/** str() of a value as requests sends it (query) or prepare_action makes it (multipart): True/False for booleans. */
function pythonStr(value: unknown): string {
  if (value === true) return 'True'
  if (value === false) return 'False'
  return String(value)
}

/** requests' multipart for data=dict + files={'upload': (name, fileobj)}: fields first, an untyped file part. */
function requestsMultipart(
  fields: Record<string, unknown>,
  files: Record<string, { name: string; bytes: Buffer | string }>,
): { body: Buffer; contentType: string } {
  const boundary = Math.random().toString(16).slice(2).padEnd(32, '0')
  const parts: Buffer[] = []
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue // prepare_action drops None
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${pythonStr(value)}\r\n`))
  }
  for (const [field, file] of Object.entries(files)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${file.name}"\r\n\r\n`))
    parts.push(Buffer.from(file.bytes), Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}
