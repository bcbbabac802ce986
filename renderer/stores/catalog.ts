/**
 * The catalog: what the user searched for (UI state) and what the engine
 * answered (server state), loaded a page at a time as the list scrolls.
 *
 * Search-as-you-type keeps at most one search in flight: keystrokes that
 * arrive meanwhile collapse into one follow-up search for the latest text,
 * and an answer to an outdated search is dropped. A question that asks the
 * engine exactly what the shown or running search asks (a trailing space,
 * say) is answered by that search instead of sending another.
 */
import { create } from 'zustand'
import type { DatasetSummary, SearchFacet } from '../../shared/actions.ts'
import type { ActionFailure } from '../../shared/envelope.ts'
import { asFailure, call } from '../lib/call.ts'
import { defaultSort, searchParams, toggleFilter, type FacetField, type Filters } from '../lib/search-query.ts'

/**
 * Rows fetched per request as the list scrolls. The first page fills a
 * 1280×800 window with its overscan (about 20 rows); every row costs the
 * engine a dataset read, so while typing a smaller page answers sooner.
 */
export const pageSize = 24

/**
 * While typing, facet counts are asked for once typing pauses this long, so
 * keystrokes only wait on results: at 5–10 keys a second a pause between
 * keys is 100–200 ms, and a facet count running on the engine would hold up
 * the next keystroke's search. Other searches ask for them at once.
 */
export const facetDelayMs = 250

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

/** One question to the engine: the search text, filters and sort it was asked with. */
type Question = Pick<CatalogState, 'query' | 'filters' | 'sort'>

/** A search sent to the engine; `key` is what it asked, '' once a write made its answer stale. */
type Asked = Question & { generation: number; key: string }

let inFlight: Asked | null = null
let followUp = false
/** Whether the latest question came from typing (its facets wait for a pause). */
let latestTyping = false
let facetTimer: ReturnType<typeof setTimeout> | null = null
/** What the shown answer and the shown facets asked the engine ('' = nothing reusable). */
let shownKey = ''
let facetKey = ''
/** What the facet request in flight asks ('' = none). */
let facetAskedKey = ''
/** Counts the answers put on screen: a page loaded for an earlier one is dropped. */
let answerNo = 0
/** The question the shown rows answer: pages loaded as the list scrolls ask the same. */
let shownQuestion: Question = { query: '', filters: {}, sort: defaultSort }
const pagesRequested = new Map<number, Set<number>>() // generation → page numbers

/** Sets the search text and searches (search-as-you-type). */
export function setQuery(query: string): Promise<void> {
  useCatalogStore.setState({ query })
  return search(true)
}

/** Toggles one facet value and searches. */
export function toggleFacet(field: FacetField, value: string): Promise<void> {
  useCatalogStore.setState((s) => ({ filters: toggleFilter(s.filters, field, value) }))
  return search(false)
}

/** Clears every facet filter and searches. */
export function clearFilters(): Promise<void> {
  useCatalogStore.setState({ filters: {} })
  return search(false)
}

/** Changes the sort order and searches. */
export function setSort(sort: string): Promise<void> {
  useCatalogStore.setState({ sort })
  return search(false)
}

/** Runs the current search again (after a write, or on start): nothing shown or running is reused. */
export function refresh(): Promise<void> {
  shownKey = ''
  facetKey = ''
  if (inFlight) inFlight.key = ''
  return search(false)
}

/** Searches once on the catalog's first show: nothing if an answer is shown or a search is already running. */
export function searchOnce(): Promise<void> {
  if (useCatalogStore.getState().shownGeneration >= 0 || inFlight) return Promise.resolve()
  return search(false)
}

/** What a question asks the engine for its first page (equal keys, equal answers). */
function keyOf({ query, filters, sort }: Question): string {
  return JSON.stringify(searchParams(query, filters, sort, 0, pageSize))
}

async function search(typing: boolean): Promise<void> {
  const generation = useCatalogStore.getState().generation + 1
  latestTyping = typing
  useCatalogStore.setState({ generation, loading: true })
  if (inFlight) {
    followUp = true // the running search's end starts one for the latest question
    return
  }
  const latest = useCatalogStore.getState()
  const key = keyOf(latest)
  if (key === shownKey) return showAgain(generation, typing)
  const asked: Asked = { query: latest.query, filters: latest.filters, sort: latest.sort, generation, key }
  inFlight = asked
  try {
    await runFirstPage(asked, typing)
  } finally {
    inFlight = null
  }
  if (followUp) {
    followUp = false
    await search(latestTyping)
  }
}

/** The shown answer also answers the latest question: it becomes that question's answer, no request. */
function showAgain(generation: number, typing: boolean): void {
  const { query, facetGeneration, shownGeneration } = useCatalogStore.getState()
  const facetsCurrent = facetKey === shownKey && facetGeneration === shownGeneration
  const pages = pagesRequested.get(shownGeneration)
  if (pages) pagesRequested.set(generation, pages)
  useCatalogStore.setState({ shownGeneration: generation, shownQuery: query, loading: false, ...(facetsCurrent ? { facetGeneration: generation } : {}) })
  if (!facetsCurrent && facetAskedKey !== shownKey) scheduleFacets(generation, typing)
}

async function runFirstPage(asked: Asked, typing: boolean): Promise<void> {
  const { query, filters, sort } = asked
  pagesRequested.set(asked.generation, new Set([0]))
  let generation = asked.generation
  try {
    const page = await call('package_search', searchParams(query, filters, sort, 0, pageSize)) // results only: facets follow
    const latest = useCatalogStore.getState()
    // The answer is for the latest question when nothing newer was typed, or when what was typed asks the same.
    if (latest.generation !== generation) {
      if (asked.key === '' || keyOf(latest) !== asked.key) return // outdated answer
      pagesRequested.set(latest.generation, pagesRequested.get(generation)!)
      generation = latest.generation
      followUp = false
    }
    const rows: (DatasetSummary | undefined)[] = new Array(page.count)
    summariesOf(page.results).forEach((dataset, i) => (rows[i] = dataset))
    shownKey = asked.key
    shownQuestion = { query, filters, sort }
    answerNo++
    useCatalogStore.setState({
      shownGeneration: generation,
      shownQuery: latest.query,
      count: page.count,
      rows,
      failure: null,
      loading: false,
    })
    scheduleFacets(generation, typing)
  } catch (error) {
    if (useCatalogStore.getState().generation !== generation) return
    shownKey = ''
    useCatalogStore.setState({ shownGeneration: generation, shownQuery: query, failure: asFailure(error), loading: false, count: 0, rows: [] })
  } finally {
    for (const old of pagesRequested.keys()) if (old < generation) pagesRequested.delete(old)
  }
}

/** Asks for the facet counts of the shown search: while typing, once no newer search follows within facetDelayMs. */
function scheduleFacets(generation: number, typing: boolean): void {
  if (facetTimer) clearTimeout(facetTimer)
  facetTimer = null
  if (!typing) return void loadFacets(generation)
  facetTimer = setTimeout(() => {
    facetTimer = null
    void loadFacets(generation)
  }, facetDelayMs)
}

async function loadFacets(generation: number): Promise<void> {
  const { query, filters, sort } = shownQuestion
  const key = shownKey
  const answer = answerNo
  if (useCatalogStore.getState().generation !== generation) return
  facetAskedKey = key
  try {
    const page = await call('package_search', searchParams(query, filters, sort, 0, 0))
    const latest = useCatalogStore.getState()
    if (answerNo !== answer || latest.shownGeneration !== latest.generation) return // overtaken meanwhile
    facetKey = key
    useCatalogStore.setState({ facets: page.search_facets ?? {}, facetGeneration: latest.shownGeneration })
  } catch (error) {
    if (useCatalogStore.getState().generation === generation) useCatalogStore.setState({ failure: asFailure(error) })
  } finally {
    if (facetAskedKey === key) facetAskedKey = ''
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
  const { query, filters, sort } = shownQuestion
  const answer = answerNo
  try {
    const page = await call('package_search', searchParams(query, filters, sort, pageNo * pageSize, pageSize))
    if (answerNo !== answer) return // another answer replaced the rows meanwhile
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
  inFlight = null
  followUp = false
  shownKey = ''
  facetKey = ''
  facetAskedKey = ''
  latestTyping = false
  shownQuestion = { query: '', filters: {}, sort: defaultSort }
  pagesRequested.clear()
  useCatalogStore.setState(initialCatalog, true)
}
