/**
 * Replaying the CKAN 2.10 recorded exchanges (shared/fixtures/ckan-2.10-exchanges)
 * against a live door: loading them, mapping the recording's ids, tokens and
 * timestamps to this run's, sending the exact recorded request, and comparing
 * a reply with the recorded one field by field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** One recorded request/response pair, as the fixture files hold it. */
export type Exchange = {
  number: string
  file: string
  request: { method: string; path: string; headers: Record<string, string>; body?: any }
  response: { status: number; content_type: string; headers?: Record<string, string>; body: any }
  note: string
}

/** A reply as the replay sees it. */
export type Reply = { status: number; contentType: string; headers: Headers; text: string; json: any }

/** The recorded site URL, replaced by the door's in every expected body. */
export const recordedSiteUrl = 'http://ckan.example'

/** The exchanges folder (repo's sibling `shared/`), or null when it is absent. */
export function exchangesFolder(): string | null {
  const folder = fileURLToPath(new URL('../../../shared/fixtures/ckan-2.10-exchanges/', import.meta.url))
  return existsSync(folder) ? folder : null
}

/** Every exchange in the folder, in recording order. */
export function loadExchanges(folder: string): Exchange[] {
  return readdirSync(folder)
    .filter((name) => /^\d{3}-.*\.json$/.test(name))
    .sort()
    .map((file) => ({ number: file.slice(0, 3), file, ...JSON.parse(readFileSync(join(folder, file), 'utf8')) }))
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const placeholderPattern = /^<(sysadmin token|token of user [^>]+)>$/
/** A token's jti as CKAN reports it in api_token_list: 32 random bytes, base64url. */
const jtiPattern = /^[A-Za-z0-9_-]{43}$/
const timestampPattern = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?$/

/** Whether a recorded string is an identifier of this recording (id, token, jti) that this run replaces. */
export function isRecordedIdentifier(value: string): boolean {
  return uuidPattern.test(value) || placeholderPattern.test(value) || jtiPattern.test(value)
}

/** Whether a string is a timestamp in CKAN's format (ISO 8601, no zone, optional fraction). */
export function isCkanTimestamp(value: unknown): boolean {
  return typeof value === 'string' && timestampPattern.test(value)
}

/**
 * Recorded values → this run's: ids, token placeholders, jtis and
 * timestamps learnt from earlier replies, applied to later requests and to
 * the expected bodies (URLs and messages embed ids).
 */
export class Substitutions {
  readonly values = new Map<string, string>()

  constructor(readonly siteUrl: string) {}

  /** Records that the recording's `recorded` is `ours` in this run (the first pairing wins). */
  learn(recorded: string, ours: string): void {
    if (!this.values.has(recorded)) this.values.set(recorded, ours)
  }

  /** This run's value for a recorded one, if learnt. */
  get(recorded: string): string | undefined {
    return this.values.get(recorded)
  }

  /** A recorded text with the site URL and every learnt value replaced (longest first). */
  apply(text: string): string {
    let out = text.replaceAll(recordedSiteUrl, this.siteUrl)
    const keys = [...this.values.keys()].sort((a, b) => b.length - a.length)
    for (const key of keys) if (out.includes(key)) out = out.replaceAll(key, this.values.get(key)!)
    return out
  }
}

/**
 * Sends the recorded request to `baseUrl` with learnt values in place:
 * JSON, raw and form bodies as recorded bytes, multipart rebuilt from its
 * fields and files (with a fresh boundary).
 */
export async function sendRecorded(baseUrl: string, exchange: Exchange, subs: Substitutions): Promise<Reply> {
  const { method, path, headers: recordedHeaders, body } = exchange.request
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(recordedHeaders)) headers[name] = subs.apply(value)
  let payload: string | FormData | undefined
  if (body === undefined || body === null) payload = undefined
  else if (body.encoding === 'multipart/form-data') {
    const form = new FormData()
    for (const [name, value] of Object.entries(body.fields as Record<string, string>)) form.append(name, subs.apply(value))
    for (const file of body.files as { field: string; filename: string; content_type: string; content: string }[]) {
      form.append(file.field, new Blob([file.content], { type: file.content_type }), file.filename)
    }
    delete headers['Content-Type'] // fetch writes the boundary it generates
    payload = form
  } else if (typeof body.raw === 'string') payload = subs.apply(body.raw)
  else payload = subs.apply(JSON.stringify(body))
  const response = await fetch(`${baseUrl}${subs.apply(path)}`, { method, headers, body: payload })
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', headers: response.headers, text, json }
}

export type CompareOptions = {
  subs: Substitutions
  /** Learn pairings of recorded ids and timestamps (off for lists holding the recording server's other data). */
  learn?: boolean
  /** Keys whose values depend on data the recording server already held: only the JSON type is compared. */
  looseKeys?: ReadonlySet<string>
  /** Compare key sets only, never values (approximate exchanges). */
  shapeOnly?: boolean
  /** Keys ours may hold beyond the recorded ones at a path (known deliberate or stand-in differences). */
  extraKeys?: (path: string) => readonly string[]
  /** A per-path verdict that overrides the rules (true = accepted; undefined = apply the rules). */
  accept?: (path: string, recorded: unknown, ours: unknown) => boolean | undefined
}

/**
 * Compares a recorded JSON value with ours and returns the differences
 * (empty when they match): same key sets at every level, same list
 * lengths, equal values except identifiers and timestamps (pairings are
 * learnt and then enforced) and the loose keys.
 */
export function compareRecorded(recorded: unknown, ours: unknown, options: CompareOptions, path = ''): string[] {
  const out: string[] = []
  walk(recorded, ours, path, options, out)
  return out
}

function walk(recorded: unknown, ours: unknown, path: string, options: CompareOptions, out: string[]): void {
  const verdict = options.accept?.(path, recorded, ours)
  if (verdict === true) return
  const key = path.slice(path.lastIndexOf('.') + 1)
  if (options.looseKeys?.has(key)) {
    if (jsonType(recorded) !== jsonType(ours)) out.push(`${path}: expected a ${jsonType(recorded)}, got ${show(ours)}`)
    return
  }
  if (Array.isArray(recorded)) {
    if (!Array.isArray(ours)) return void out.push(`${path}: expected a list, got ${show(ours)}`)
    if (recorded.length !== ours.length) out.push(`${path}: expected ${recorded.length} items, got ${ours.length}`)
    for (let i = 0; i < Math.min(recorded.length, ours.length); i++) walk(recorded[i], ours[i], `${path}[${i}]`, options, out)
    return
  }
  if (recorded !== null && typeof recorded === 'object') {
    if (ours === null || typeof ours !== 'object' || Array.isArray(ours)) return void out.push(`${path}: expected an object, got ${show(ours)}`)
    const want = Object.keys(recorded)
    const got = Object.keys(ours)
    const missing = want.filter((k) => !(k in ours))
    const allowed = options.extraKeys?.(path) ?? []
    const extra = got.filter((k) => !(k in recorded) && !allowed.includes(k))
    if (missing.length) out.push(`${path || '.'}: missing keys ${missing.join(', ')}`)
    if (extra.length) out.push(`${path || '.'}: extra keys ${extra.join(', ')}`)
    for (const k of want) if (k in ours) walk((recorded as any)[k], (ours as any)[k], path ? `${path}.${k}` : k, options, out)
    return
  }
  if (options.shapeOnly) {
    if (recorded !== null && ours !== null && jsonType(recorded) !== jsonType(ours)) out.push(`${path}: expected a ${jsonType(recorded)}, got ${show(ours)}`)
    return
  }
  if (typeof recorded === 'string') return compareString(recorded, ours, path, options, out)
  if (recorded !== ours) out.push(`${path}: expected ${show(recorded)}, got ${show(ours)}`)
}

function compareString(recorded: string, ours: unknown, path: string, options: CompareOptions, out: string[]): void {
  const { subs } = options
  if (isRecordedIdentifier(recorded)) {
    const known = subs.get(recorded)
    if (known !== undefined) {
      if (ours !== known) out.push(`${path}: expected ${show(known)} (recorded ${recorded}), got ${show(ours)}`)
    } else if (typeof ours !== 'string' || ours === '') out.push(`${path}: expected an identifier, got ${show(ours)}`)
    else if (options.learn !== false) subs.learn(recorded, ours)
    return
  }
  if (isCkanTimestamp(recorded)) {
    const known = subs.get(recorded)
    if (!isCkanTimestamp(ours)) out.push(`${path}: expected a timestamp, got ${show(ours)}`)
    else if (known !== undefined && options.learn !== false && ours !== known) {
      out.push(`${path}: expected ${show(known)} (the moment recorded as ${recorded}), got ${show(ours)}`)
    } else if (options.learn !== false) subs.learn(recorded, ours as string)
    return
  }
  const expected = subs.apply(recorded)
  if (ours !== expected) out.push(`${path}: expected ${show(expected)}, got ${show(ours)}`)
}

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'list' : typeof value
}

function show(value: unknown): string {
  const text = JSON.stringify(value)
  return text === undefined ? 'undefined' : text.length > 200 ? `${text.slice(0, 200)}…` : text
}
