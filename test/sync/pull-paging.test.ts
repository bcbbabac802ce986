import { describe, expect, it } from 'vitest'
import { configureSyncTransport, runJob } from '../../electron/sync/jobs/runner.ts'
import { RemoteError } from '../../electron/sync/remote-ckan.ts'
import { searchPages, type Search } from '../../electron/sync/search-pages.ts'
import { paramsOf, unknownAction, type Seen } from './helpers/proxy.ts'
import { haveFixtures, localSite, type LocalSite, type RemoteSite } from './helpers/sites.ts'
import { sitePair } from './helpers/site-pair.ts'

const site = sitePair(5)

const show = (catalog: LocalSite | RemoteSite, id: string) => catalog.call('package_show', catalog.sysadmin, { id })
const pull = (params: Record<string, unknown> = {}) => site.local.runJob('shelfmark_pull', { remote: 'portal', ...params })
const localNames = () => site.local.call('package_list', site.local.sysadmin).sort()
const searchRows = () => site.proxy.seen.filter((seen) => seen.action === 'package_search').map((seen) => paramsOf(seen).rows)

/** A portal with ckan.search.rows_max = 2: CKAN clamps rows silently, no error. */
const clampRows = (seen: Seen) => ({ forward: { ...paramsOf(seen), rows: Math.min(paramsOf(seen).rows, 2) } })

/** The local catalog again, with a 300 ms timeout and `retries` retries (none by default), so slow answers are told quickly. */
function withQuickTimeouts(retries = 0): void {
  site.local.close()
  site.local = localSite()
  configureSyncTransport(site.local.engine, { timeoutMs: 300, retry: { retries, baseMs: 10, capMs: 50, maxRetryAfterMs: 1000 } })
  site.local.call('shelfmark_remote_add', site.local.sysadmin, { name: 'portal', url: site.proxy.url, token: site.remote.token })
}

describe.skipIf(!haveFixtures)('paging a package_search', () => {
  it('pages past a portal whose rows_max is below the rows asked: a short page is not the last', async () => {
    site.proxy.rule = (seen) => (seen.action === 'package_search' ? clampRows(seen) : 'pass')
    const job = await pull()
    expect(job.result).toMatchObject({ mode: 'search', created: site.names.length, failed: 0 })
    expect(localNames()).toEqual([...site.names].sort())
  })

  it("an incremental pull's deletion check reads every page of ids, not only the first one", async () => {
    await pull()
    site.proxy.rule = (seen) => (seen.action === 'package_search' ? clampRows(seen) : 'pass')
    const shows = () => site.proxy.seen.filter((seen) => seen.action === 'package_show').length
    const before = shows()
    const job = await pull()
    expect(job.result).toMatchObject({ incremental: true, remote_deleted: 0, failed: 0 })
    // Every linked dataset was among the ids: none had to be asked after one by one.
    expect(shows() - before).toBe(0)
  })

  it('asks a page that timed out again with half the rows, and keeps the smaller size for later pages', async () => {
    withQuickTimeouts()
    site.proxy.rule = (seen) => (seen.action !== 'package_search' ? 'pass' : paramsOf(seen).rows > 100 ? 'stall' : clampRows(seen))
    const job = await pull()
    expect(job.state).toBe('done')
    expect(job.result.created).toBe(site.names.length)
    const rows = searchRows()
    expect(rows.slice(0, 3)).toEqual([500, 250, 125])
    expect(rows.length).toBeGreaterThan(4) // several pages at the size that worked
    expect(rows.slice(3).every((r) => r === 62)).toBe(true)
  })

  it('halves a timed-out page at once, without first spending the transport retries on the same size', async () => {
    withQuickTimeouts(3)
    site.proxy.rule = (seen) => (seen.action !== 'package_search' ? 'pass' : paramsOf(seen).rows > 100 ? 'stall' : 'pass')
    const job = await pull()
    expect(job.state).toBe('done')
    // One try at each size that stalls (each would cost a 30 s timeout on a real portal), not four.
    expect(searchRows().slice(0, 3)).toEqual([500, 250, 125])
  })

  it('halves the rows on a gateway timeout (504) down to a floor, then fails the job', async () => {
    site.proxy.rule = (seen) => (seen.action === 'package_search' ? { status: 504, body: 'Gateway Time-out' } : 'pass')
    const job = await pull()
    expect(job.state).toBe('failed')
    expect(job.error).toMatch(/504/)
    expect([...new Set(searchRows())]).toEqual([500, 250, 125, 62, 31, 25])
  })
})

describe('searchPages (for listings by offset)', () => {
  it('walks every page of a search that clamps rows and is too slow for big pages, in one page size once shrunk', async () => {
    const asked: number[] = []
    const all = Array.from({ length: 10 }, (_, i) => ({ id: `d${i}` }))
    const search: Search = async (params) => {
      const rows = Number(params.rows)
      asked.push(rows)
      if (rows > 300) throw new RemoteError('package_search: the remote answered 504', 'http', 504)
      const start = Number(params.start)
      return { count: all.length, results: all.slice(start, start + Math.min(rows, 3)) }
    }
    const ids: unknown[] = []
    for await (const results of searchPages(search, { q: '*:*', sort: 'id asc' })) ids.push(...results.map((r) => r.id))
    expect(ids).toEqual(all.map((d) => d.id))
    expect(asked).toEqual([1000, 500, 250, 250, 250, 250])
  })
})

describe.skipIf(!haveFixtures)('package_list + package_show where search is refused', () => {
  const refuseSearch = (seen: Seen) => seen.action === 'package_search'

  it('counts a dataset whose package_show fails as failed, with the reason', async () => {
    const broken = site.names[1]
    site.proxy.rule = (seen) =>
      refuseSearch(seen) ? unknownAction('package_search')
      : seen.action === 'package_show' && paramsOf(seen).id === broken ? { status: 500, body: '<h1>Internal Server Error</h1>' }
      : 'pass'
    const job = await pull()
    expect(job.result).toMatchObject({ mode: 'list', created: site.names.length - 1, failed: 1 })
    expect(job.result.failures).toEqual([{ name: broken, error: expect.stringMatching(/500/) }])
  })

  it('reports a dataset the token may not see (403) as not visible, neither failed nor deleted', async () => {
    site.proxy.rule = (seen) => (refuseSearch(seen) ? unknownAction('package_search') : 'pass')
    await pull()
    const hidden = site.names[2]
    const refusal = { help: 'h', success: false, error: { __type: 'Authorization Error', message: 'User not authorized to read package' } }
    site.proxy.rule = (seen) =>
      refuseSearch(seen) ? unknownAction('package_search')
      : seen.action === 'package_show' && paramsOf(seen).id === hidden ? { status: 403, body: refusal }
      : 'pass'
    const job = await pull()
    expect(job.result).toMatchObject({ mode: 'list', failed: 0, failures: [], remote_deleted: 0, not_visible: [hidden] })
    expect(show(site.local, hidden).state).toBe('active')
  })

  it('fails the job when the remote is lost mid-list, and a resumed job reads the datasets it missed', async () => {
    const lost = site.names[3]
    site.proxy.rule = (seen) =>
      refuseSearch(seen) ? unknownAction('package_search') : seen.action === 'package_show' && paramsOf(seen).id === lost ? 'reset' : 'pass'
    const failed = await pull({ rows: 2 })
    expect(failed.state).toBe('failed')
    site.proxy.rule = (seen) => (refuseSearch(seen) ? unknownAction('package_search') : 'pass')
    site.local.call('shelfmark_job_resume', site.local.sysadmin, { id: failed.id })
    const resumed = await runJob(site.local.engine, failed.id)
    expect(resumed.state).toBe('done')
    expect(JSON.parse(resumed.result!)).toMatchObject({ created: site.names.length, failed: 0 })
    expect(localNames()).toEqual([...site.names].sort())
  })
})
