/**
 * Replays the whole recorded CKAN 2.10.10 scenario (001–094) in order
 * against a real Shelfmark door on 127.0.0.1: the exact recorded request
 * (ids, tokens and timestamps of earlier replies mapped to this run's),
 * then status, content type, envelope, error messages and result key sets
 * and values compared with the recorded response.
 *
 * Loose on purpose, where the recording cannot be reproduced: the
 * recording server held data from earlier runs (lists, the sysadmin's
 * counters), package_search is approximate (a Solr stand-in), and the
 * known deliberate differences named below.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Engine } from '../../electron/engine/engine.ts'
import { viewPluginNames } from '../../electron/engine/resource-views/plugins.ts'
import { addSysadmin } from '../../electron/engine/users/create-sysadmin.ts'
import { addToken } from '../../electron/engine/users/create-token.ts'
import { startServer, type RunningServer } from '../../electron/server/server.ts'
import {
  compareRecorded,
  exchangesFolder,
  loadExchanges,
  sendRecorded,
  Substitutions,
  type CompareOptions,
  type Exchange,
  type Reply,
} from '../helpers/exchanges.ts'

const folder = exchangesFolder()
if (!folder) console.warn('Skipping the CKAN 2.10 scenario replay: ../shared/fixtures/ckan-2.10-exchanges is absent')
const exchanges = folder ? loadExchanges(folder) : []

/** The recording's sysadmin; ours gets the same name and email (its email_hash is in 015) so user dicts match. */
const sysadminName = 'ckan_admin'
const sysadminEmail = 'admin@example.org'
/**
 * The recording's sysadmin had made 287 datasets in earlier runs (015 shows
 * it before this scenario made any): its counter is ours plus that.
 */
const recordedEarlierDatasets = 287
/** Dataset names this scenario made (the recording's other data never carries its suffix). */
const ours = (name: string) => name.includes('ac8697')

let dataDir: string
let engine: Engine
let server: RunningServer
let subs: Substitutions

beforeAll(async () => {
  if (!folder) return
  dataDir = mkdtempSync(join(tmpdir(), 'shelfmark-replay-'))
  engine = Engine.open({ dataDir })
  addSysadmin(engine, { name: sysadminName, email: sysadminEmail })
  const token = addToken(engine, sysadminName, 'replay')
  server = await startServer({ engine, port: 0 })
  subs = new Substitutions(server.url)
  subs.learn('<sysadmin token>', token)
})

afterAll(async () => {
  await server?.close()
  engine?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

/** Status, content type and envelope (key order, help URL, success) as recorded; then the body. */
function envelopeProblems(ex: Exchange, reply: Reply, options: Partial<CompareOptions> = {}): string[] {
  const problems: string[] = []
  if (reply.status !== ex.response.status) problems.push(`status: expected ${ex.response.status}, got ${reply.status}: ${reply.text.slice(0, 300)}`)
  if (reply.contentType !== ex.response.content_type) problems.push(`content type: expected ${ex.response.content_type}, got ${reply.contentType}`)
  const want = ex.response.body
  if (typeof want === 'string') {
    if (reply.json !== subs.apply(want)) problems.push(`body: expected ${JSON.stringify(want)}, got ${reply.text.slice(0, 300)}`)
    return problems
  }
  const got = reply.json
  if (!got || typeof got !== 'object') return [...problems, `body: expected an envelope, got ${reply.text.slice(0, 300)}`]
  const order = Object.keys(want).join(',')
  if (Object.keys(got).join(',') !== order) problems.push(`envelope keys: expected ${order}, got ${Object.keys(got).join(',')}`)
  if (got.help !== subs.apply(want.help)) problems.push(`help: expected ${subs.apply(want.help)}, got ${got.help}`)
  if (got.success !== want.success) problems.push(`success: expected ${want.success}, got ${got.success}`)
  const part = want.success ? 'result' : 'error'
  problems.push(...compareRecorded(want[part], got[part], { subs, accept: acceptDefault, ...options }, part))
  return problems
}

/** The loosenings every exchange gets: the upload hash and the sysadmin's earlier datasets. */
function acceptDefault(path: string, recorded: unknown, got: unknown): boolean | undefined {
  if (path.endsWith('.number_created_packages') && typeof recorded === 'number') {
    return got === recorded || got === recorded - recordedEarlierDatasets
  }
  return acceptUploadHash(path, recorded, got)
}

/** A resource hash: CKAN leaves "" on upload, we fill in the sha256 (deliberate; 052, 054, activity 070–072, 093). */
function acceptUploadHash(path: string, recorded: unknown, got: unknown): boolean | undefined {
  if (!path.endsWith('.hash') || recorded !== '') return undefined
  return got === '' || (typeof got === 'string' && /^[0-9a-f]{64}$/.test(got))
}

/** Names in a list result that this run should also hold. */
function namesOf(list: unknown): string[] {
  return Array.isArray(list) ? list.map((item) => (typeof item === 'string' ? item : (item as { name: string }).name)) : []
}

/**
 * status_show, deliberately: the site title and description are ours
 * (config), `ckan_version` is the API level "2.10" (README), the view
 * plugins follow the recorded site's extensions (README), and
 * `shelfmark_version` is added.
 */
function acceptStatus(path: string, recorded: unknown, got: unknown): boolean | undefined {
  if (path === 'result.site_title' || path === 'result.site_description') return typeof got === 'string'
  if (path === 'result.extensions') return JSON.stringify(got) === JSON.stringify([...(recorded as string[]), ...viewPluginNames])
  if (path === 'result.ckan_version') return got === '2.10'
  return acceptDefault(path, recorded, got)
}
const statusExtraKeys = (path: string) => (path === 'result' ? ['shelfmark_version'] : [])

/**
 * The datasets inside group_show/organization_show (061, 062) came from the
 * recording's Solr stand-in, which returned some dicts without resources,
 * tags, extras or groups; real CKAN (package_search) returns them whole, as we do.
 */
const standInDatasetKeys = (path: string) => (/^result\.packages\[\d+\]$/.test(path) ? ['resources', 'tags', 'extras', 'groups'] : [])

/** Exchanges whose comparison is not the default one; each returns its problems. */
const special: Record<string, (ex: Exchange, reply: Reply) => string[]> = {
  '001': (ex, reply) => envelopeProblems(ex, reply, { accept: acceptStatus, extraKeys: statusExtraKeys }),
  // Known difference: the help texts are our own words (README), so only the shape is CKAN's: a text
  // that documents the action's parameters in the same :param: form.
  '002': (ex, reply) => {
    const problems = headProblems(ex, reply)
    const text = reply.json?.result
    if (typeof text !== 'string' || !text.includes(':param name:') || !text.includes(':param owner_org:')) problems.push(`result: ${reply.text.slice(0, 200)}`)
    return problems
  },
  // Deliberate: CKAN crashes (500) on "private": 1; we answer a Validation Error on the field.
  '034': (ex, reply) => {
    const problems = reply.status === 409 ? [] : [`status: expected 409 (deliberate, CKAN 500), got ${reply.status}`]
    if (reply.json?.error?.__type !== 'Validation Error' || !reply.json.error.private) problems.push(`error: ${reply.text.slice(0, 300)}`)
    return problems
  },
  // Foreign datasets come first by name on the recording server: ours must be a sorted page of at most 5.
  '049': (ex, reply) => listPage(ex, reply, 5, (a, b) => a.localeCompare(b)),
  '053': (ex, reply) => {
    const problems: string[] = []
    const headers = ex.response.headers!
    if (reply.status !== 200) problems.push(`status ${reply.status}`)
    if (reply.contentType !== headers['content-type']) problems.push(`content type: expected ${headers['content-type']}, got ${reply.contentType}`)
    if (reply.text !== ex.response.body) problems.push(`body: got ${JSON.stringify(reply.text.slice(0, 100))}`)
    if (reply.headers.get('content-length') !== headers['content-length']) problems.push(`content-length: ${reply.headers.get('content-length')}`)
    // The issue asks for attachment; CKAN 2.10 says inline: either, with the file name.
    const disposition = reply.headers.get('content-disposition') ?? ''
    if (!/^(inline|attachment); filename="?sample\.csv"?$/.test(disposition)) problems.push(`content-disposition: ${disposition}`)
    return problems
  },
  '061': (ex, reply) => envelopeProblems(ex, reply, { extraKeys: standInDatasetKeys }),
  '062': (ex, reply) => envelopeProblems(ex, reply, { extraKeys: standInDatasetKeys }),
  '063': (ex, reply) => listPage(ex, reply, 5),
  // Foreign organizations on the recording server: the dict shape only.
  '064': (ex, reply) => {
    const problems = headProblems(ex, reply)
    const want = ex.response.body.result[0]
    for (const [i, org] of (reply.json?.result ?? []).entries()) {
      problems.push(...compareRecorded(want, org, { subs, learn: false, shapeOnly: true }, `result[${i}]`))
    }
    if (reply.json?.result?.length !== 2) problems.push(`expected 2 organizations, got ${reply.json?.result?.length}`)
    return problems
  },
  // Every tag the recording server listed; ours must be among them and include the free tags this scenario made.
  '068': (ex, reply) => {
    const problems = headProblems(ex, reply)
    const recorded = new Set<string>(ex.response.body.result)
    const got: string[] = reply.json?.result ?? []
    const unknown = got.filter((tag) => !recorded.has(tag))
    if (unknown.length) problems.push(`tags CKAN did not list: ${unknown.join(', ')}`)
    const missing = ['economy', 'open data', 'rec-2024', 'plain-tag'].filter((tag) => !got.includes(tag))
    if (missing.length) problems.push(`missing tags: ${missing.join(', ')}`)
    if (got.includes('red')) problems.push('a vocabulary tag is listed')
    return problems
  },
  // All public active datasets: the recording's datasets of this scenario exactly.
  '076': (ex, reply) => {
    const problems = headProblems(ex, reply)
    const want = namesOf(ex.response.body.result).filter(ours).sort()
    const got = namesOf(reply.json?.result).sort()
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`expected ${want.join(', ')}; got ${got.join(', ')}`)
    return problems
  },
  '082': (ex, reply) => {
    const problems = headProblems(ex, reply)
    const recorded = String(ex.response.body)
    const match = /^myCallback\((.*)\);$/s.exec(reply.text)
    if (!match) return [...problems, `not wrapped: ${reply.text.slice(0, 100)}`]
    const want = JSON.parse(recorded.slice('myCallback('.length, -2))
    const got = JSON.parse(match[1])
    if (got.help !== subs.apply(want.help)) problems.push(`help: ${got.help}`)
    problems.push(...compareRecorded(want.result, got.result, { subs, accept: acceptStatus, extraKeys: statusExtraKeys }, 'result'))
    return problems
  },
  // The message embeds Werkzeug's exception repr; the part before it must match.
  '086': (ex, reply) => {
    const problems = headProblems(ex, reply)
    const prefix = 'Bad request - JSON Error: Error decoding JSON data.'
    if (typeof reply.json !== 'string' || !reply.json.startsWith(prefix)) problems.push(`body: ${reply.text.slice(0, 200)}`)
    return problems
  },
  '093': (ex, reply) => envelopeProblems(ex, reply, { shapeOnly: true, learn: false }),
  '094': (ex, reply) => envelopeProblems(ex, reply, { shapeOnly: true, learn: false }),
}

/** Status, content type, help and success only. */
function headProblems(ex: Exchange, reply: Reply): string[] {
  const problems: string[] = []
  if (reply.status !== ex.response.status) problems.push(`status: expected ${ex.response.status}, got ${reply.status}: ${reply.text.slice(0, 300)}`)
  if (reply.contentType !== ex.response.content_type) problems.push(`content type: expected ${ex.response.content_type}, got ${reply.contentType}`)
  const want = ex.response.body
  if (want && typeof want === 'object' && reply.json?.help !== subs.apply(want.help)) problems.push(`help: ${reply.json?.help}`)
  if (want && typeof want === 'object' && reply.json?.success !== want.success) problems.push(`success: ${reply.json?.success}`)
  return problems
}

/** A limited list of names whose recorded items belong to the recording server: a page of strings, sorted if asked. */
function listPage(ex: Exchange, reply: Reply, limit: number, order?: (a: string, b: string) => number): string[] {
  const problems = headProblems(ex, reply)
  const got = reply.json?.result
  if (!Array.isArray(got) || got.some((item) => typeof item !== 'string')) return [...problems, `expected a list of names: ${reply.text.slice(0, 200)}`]
  if (got.length === 0 || got.length > limit) problems.push(`expected 1..${limit} names, got ${got.length}`)
  if (order && JSON.stringify([...got].sort(order)) !== JSON.stringify(got)) problems.push(`not sorted: ${got.join(', ')}`)
  return problems
}

describe.skipIf(!folder)('CKAN 2.10.10 recorded scenario, replayed in order', () => {
  for (const ex of exchanges) {
    it(`${ex.file.replace(/\.json$/, '')}`, async () => {
      const reply = await sendRecorded(server.url, ex, subs)
      const check = special[ex.number] ?? ((e: Exchange, r: Reply) => envelopeProblems(e, r))
      const problems = check(ex, reply)
      expect(problems, `${ex.file}:\n${problems.join('\n')}\n`).toEqual([])
    })
  }
})

describe.skipIf(!folder)('behaviour the README observed without recording it', () => {
  it('a curl -d JSON body holding "=" is read as a form: package_show misses name_or_id (409)', async () => {
    const reply = await fetch(`${server.url}/api/3/action/package_show`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: subs.get('<sysadmin token>')! },
      body: '{"id":"x=y"}',
    })
    expect(reply.status).toBe(409)
    expect(reply.headers.get('content-type')).toBe('application/json;charset=utf-8')
    expect(((await reply.json()) as { error: unknown }).error).toEqual({ __type: 'Validation Error', name_or_id: ['Missing value'] })
  })
})

describe.skipIf(!folder)('the replay comparison itself', () => {
  const recorded = () => structuredClone(exchanges.find((ex) => ex.number === '022')!.response.body.result)
  const fresh = () => {
    const s = new Substitutions('http://127.0.0.1:1')
    // Learning from an identical copy pairs every id and timestamp with itself.
    expect(compareRecorded(recorded(), recorded(), { subs: s })).toEqual([])
    return s
  }

  it('reports a changed value, a missing key and an extra key', () => {
    const ours = recorded()
    ours.title = 'Something else'
    delete ours.license_url
    ours.resources[1].surprise = 1
    expect(compareRecorded(recorded(), ours, { subs: fresh() }).sort()).toEqual([
      '.: missing keys license_url',
      'resources[1]: extra keys surprise',
      'title: expected "Full Recorder Dataset ac8697", got "Something else"',
    ])
  })

  it('holds an id to the one learnt earlier, and a timestamp to the format', () => {
    const ours = recorded()
    ours.resources[0].package_id = '00000000-0000-4000-8000-000000000000'
    ours.metadata_created = 'yesterday'
    const problems = compareRecorded(recorded(), ours, { subs: fresh() })
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^metadata_created: expected a timestamp, got "yesterday"/)
    expect(problems[1]).toMatch(/^resources\[0\]\.package_id: expected "c3fbafc7-89f9-448e-82ce-ab85c333b592" \(recorded/)
  })
})
