/**
 * The catalog: what the user searched for (UI state) and what the engine
 * answered (server state), loaded a page at a time as the list scrolls.
 *
 * Search-as-you-type keeps at most one search in flight: keystrokes that
 * arrive meanwhile collapse into one follow-up search for the latest text,
 * and an answer to an outdated search is dropped.
 */
import { create } from 'zustand'
import type { DatasetSummary, SearchFacet } from '../../shared/actions.ts'
import type { ActionFailure } from '../../shared/envelope.ts'
import { asFailure, call } from '../lib/call.ts'
import { defaultSort, searchParams, toggleFilter, type FacetField, type Filters } from '../lib/search-query.ts'

/** Rows fetched per request as the list scrolls (the first page fills a 1280×800 window several times). */
export const pageSize = 50

/** Facet counts are asked for once typing pauses this long, so keystrokes only wait on results. */
export const facetDelayMs = 120

type CatalogState = {
  // UI state: what the user asked for
  query: string
  filters: Filters
  sort: string
  // server state: the latest answer for that question
  /** Increments with every new question; identifies the answer it belongs to. */
  generation: number
  /** The generation whose first page is on screen, and the search text it answered. */
  shownGeneration: number
  shownQuery: string
  count: number
  /** Sparse: index → dataset, filled page by page. */
  rows: (DatasetSummary | undefined)[]
  facets: Record<string, SearchFacet>
  /** The generation the facets belong to (they lag the results a little while typing). */
  facetGeneration: number
  failure: ActionFailure | null
  loading: boolean
}

/** The store's starting state (tests reset to it). */
export const initialCatalog: CatalogState = {
  query: '',
  filters: {},
  sort: defaultSort,
  generation: 0,
  shownGeneration: -1,
  shownQuery: '',
  count: 0,
  rows: [],
  facets: {},
  facetGeneration: -1,
  failure: null,
  loading: false,
}

/** The store; select narrowly (STYLE.md). */
export const useCatalogStore = create<CatalogState>()(() => initialCatalog)

let inFlight = false
let followUp = false
let facetTimer: ReturnType<typeof setTimeout> | null = null
const pagesRequested = new Map<number, Set<number>>() // generation → page numbers

/** Sets the search text and searches (search-as-you-type). */
export function setQuery(query: string): Promise<void> {
  useCatalogStore.setState({ query })
  return refresh()
}

/** Toggles one facet value and searches. */
export function toggleFacet(field: FacetField, value: string): Promise<void> {
  useCatalogStore.setState((s) => ({ filters: toggleFilter(s.filters, field, value) }))
  return refresh()
}

/** Clears every facet filter and searches. */
export function clearFilters(): Promise<void> {
  useCatalogStore.setState({ filters: {} })
  return refresh()
}

/** Changes the sort order and searches. */
export function setSort(sort: string): Promise<void> {
  useCatalogStore.setState({ sort })
  return refresh()
}

/** Runs the current search again (after a write, or on start). */
export async function refresh(): Promise<void> {
  const generation = useCatalogStore.getState().generation + 1
  useCatalogStore.setState({ generation, loading: true })
  if (inFlight) {
    followUp = true // the running search's end starts one for the latest question
    return
  }
  inFlight = true
  try {
    await runFirstPage(generation)
  } finally {
    inFlight = false
  }
  if (followUp) {
    followUp = false
    await refresh()
  }
}

async function runFirstPage(generation: number): Promise<void> {
  const { query, filters, sort } = useCatalogStore.getState()
  pagesRequested.set(generation, new Set([0]))
  try {
    const page = await call('package_search', searchParams(query, filters, sort, 0, pageSize)) // results only: facets follow
    if (useCatalogStore.getState().generation !== generation) return // outdated answer
    const rows: (DatasetSummary | undefined)[] = new Array(page.count)
    summariesOf(page.results).forEach((dataset, i) => (rows[i] = dataset))
    useCatalogStore.setState({
      shownGeneration: generation,
      shownQuery: query,
      count: page.count,
      rows,
      failure: null,
      loading: false,
    })
    scheduleFacets(generation)
  } catch (error) {
    if (useCatalogStore.getState().generation !== generation) return
    useCatalogStore.setState({ shownGeneration: generation, shownQuery: query, failure: asFailure(error), loading: false, count: 0, rows: [] })
  } finally {
    for (const old of pagesRequested.keys()) if (old < generation) pagesRequested.delete(old)
  }
}

/** Asks for the facet counts of the shown search once no newer search follows within facetDelayMs. */
function scheduleFacets(generation: number): void {
  if (facetTimer) clearTimeout(facetTimer)
  facetTimer = setTimeout(() => {
    facetTimer = null
    void loadFacets(generation)
  }, facetDelayMs)
}

async function loadFacets(generation: number): Promise<void> {
  const { query, filters, sort } = useCatalogStore.getState()
  if (useCatalogStore.getState().generation !== generation) return
  try {
    const page = await call('package_search', searchParams(query, filters, sort, 0, 0))
    if (useCatalogStore.getState().generation !== generation) return
    useCatalogStore.setState({ facets: page.search_facets ?? {}, facetGeneration: generation })
  } catch (error) {
    if (useCatalogStore.getState().generation === generation) useCatalogStore.setState({ failure: asFailure(error) })
  }
}

/** Makes sure rows `from`..`to` (inclusive) are loaded; the virtual list calls it as it scrolls. */
export async function ensureRows(from: number, to: number): Promise<void> {
  const { shownGeneration: generation, count } = useCatalogStore.getState()
  if (generation < 0 || count === 0) return
  const requested = pagesRequested.get(generation) ?? new Set<number>()
  pagesRequested.set(generation, requested)
  const last = Math.min(to, count - 1)
  const loads: Promise<void>[] = []
  for (let pageNo = Math.floor(from / pageSize); pageNo * pageSize <= last; pageNo++) {
    if (requested.has(pageNo)) continue
    requested.add(pageNo)
    loads.push(loadPage(generation, pageNo))
  }
  await Promise.all(loads)
}

async function loadPage(generation: number, pageNo: number): Promise<void> {
  const { query, filters, sort } = useCatalogStore.getState()
  try {
    const page = await call('package_search', searchParams(query, filters, sort, pageNo * pageSize, pageSize))
    if (useCatalogStore.getState().shownGeneration !== generation) return
    useCatalogStore.setState((s) => {
      const rows = s.rows.slice()
      summariesOf(page.results).forEach((dataset, i) => (rows[pageNo * pageSize + i] = dataset))
      return { rows }
    })
  } catch (error) {
    pagesRequested.get(generation)?.delete(pageNo) // let a later scroll retry
    if (useCatalogStore.getState().shownGeneration === generation) useCatalogStore.setState({ failure: asFailure(error) })
  }
}

/** Results asked for with `fl` come back as index-field summaries, not full dicts. */
function summariesOf(results: unknown[]): DatasetSummary[] {
  return results as DatasetSummary[]
}

/** Resets the store (tests, sign-out). */
export function resetCatalog(): void {
  if (facetTimer) clearTimeout(facetTimer)
  facetTimer = null
  inFlight = false
  followUp = false
  pagesRequested.clear()
  useCatalogStore.setState(initialCatalog, true)
}
