/**
 * Paging through a package_search without trusting the page size asked for.
 * CKAN 2.9+ clamps `rows` to ckan.search.rows_max silently (its
 * limit_to_configured_maximum), so a page shorter than asked is no sign of
 * the end: only `count`, or an empty page, says that. And a page too big
 * for the remote to prepare in time (a timeout, or its gateway giving up
 * with 502/504) is asked for again with half the rows.
 */
import type { Dict } from './normalize.ts'
import { RemoteError } from './remote-ckan.ts'
import { isTimeout } from './retry.ts'

export type SearchPage = { count: number; results: Dict[] }

/**
 * One package_search call: the remote's through the client, or the local
 * engine's. `canShrink` says a smaller page would still be tried after a
 * timeout, so the transport need not spend its own retries (minutes, at
 * 30 s a try) repeating this size first.
 */
export type Search = (params: Record<string, unknown>, canShrink: boolean) => Promise<SearchPage>

/** Fetches one page, given its parameters for a page size (the size may shrink between attempts). */
export type PageFetcher = (paramsFor: (rows: number) => Record<string, unknown>) => Promise<SearchPage>

/** The smallest page a slow remote is asked for; below it, a timeout fails the job as any other. */
export const minSearchRows = 25

/** True when results follow this page (which began at `start`) in the same query. */
export function hasMore(page: SearchPage, start: number): boolean {
  return page.results.length > 0 && start + page.results.length < page.count
}

/**
 * A page fetcher that starts at `rows` and halves the size whenever a page
 * comes back too slowly (down to minSearchRows); the smaller size stays for
 * the pages after, since they cost the remote as much.
 */
export function pageFetcher(search: Search, rows: number): PageFetcher {
  let size = rows
  return async (paramsFor) => {
    for (;;) {
      try {
        return await search(paramsFor(size), size > minSearchRows)
      } catch (error) {
        if (!isTooSlow(error) || size <= minSearchRows) throw error
        size = Math.max(minSearchRows, Math.floor(size / 2))
      }
    }
  }
}

/**
 * Every page of a package_search, by offset, `rows` at a time or fewer (as
 * the remote allows). `params` should fix a sort with a unique tiebreaker,
 * so that offsets mean the same thing from page to page.
 */
export async function* searchPages(search: Search, params: Record<string, unknown>, rows = 1000): AsyncGenerator<Dict[]> {
  const fetchPage = pageFetcher(search, rows)
  for (let start = 0; ; ) {
    const page = await fetchPage((size) => ({ ...params, rows: size, start }))
    yield page.results
    if (!hasMore(page, start)) return
    start += page.results.length
  }
}

/** A timeout (after the transport's own retries) or a gateway's 502/504: the page was too big to prepare in time. */
function isTooSlow(error: unknown): boolean {
  return error instanceof RemoteError && (isTimeout(error) || error.status === 502 || error.status === 504)
}
