/**
 * The catalog store's search-as-you-type: at most one search in flight,
 * keystrokes meanwhile collapse into one follow-up for the latest text, and
 * outdated answers never reach the screen. The transport is held open by
 * the test to order answers precisely.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setTransport, type Answer } from '../../../../renderer/lib/transport.ts'
import { ensureRows, facetDelayMs, pageSize, resetCatalog, setQuery, toggleFacet, useCatalogStore } from '../../../../renderer/stores/catalog.ts'

type Pending = { params: Record<string, unknown>; answer(count: number, names?: string[]): void; fail(): void }

function heldTransport() {
  const pending: Pending[] = []
  setTransport(
    (_name, params) =>
      new Promise<Answer>((resolve) => {
        const p = params as Record<string, unknown>
        pending.push({
          params: p,
          answer: (count, names = []) =>
            resolve({
              envelope: {
                help: '',
                success: true,
                result: { count, results: names.map((name) => ({ name, id: name })), sort: '', facets: {}, search_facets: { tags: { title: 'tags', items: [{ name: 'water', display_name: 'water', count }] } } },
              },
            }),
          fail: () => resolve({ envelope: { help: '', success: false, error: { __type: 'Search Query Error', message: 'Search Query is invalid: bad' } }, status: 400 }),
        })
      }),
  )
  return pending
}

afterEach(() => {
  setTransport(null)
  resetCatalog()
})

describe('search as you type', () => {
  it('sends one follow-up for the latest text while a search runs, and shows only its answer', async () => {
    const pending = heldTransport()
    const first = setQuery('r')
    void setQuery('ri')
    void setQuery('riv')
    expect(pending).toHaveLength(1)
    expect(pending[0].params.q).toBe('r')
    pending[0].answer(50, ['old'])
    await vi.waitFor(() => expect(pending).toHaveLength(2))
    expect(pending[1].params.q).toBe('riv')
    expect(useCatalogStore.getState().rows).toEqual([]) // the answer for "r" was outdated: dropped
    pending[1].answer(3, ['a', 'b', 'c'])
    await first // the first call returns once the follow-up it started has landed
    const state = useCatalogStore.getState()
    expect(state).toMatchObject({ query: 'riv', count: 3, loading: false })
    expect(state.rows.map((row) => row?.name)).toEqual(['a', 'b', 'c'])
    expect(pending[1].params.facet).toBe('false') // results first, without facets
    await vi.waitFor(() => expect(pending).toHaveLength(3)) // facet counts once typing paused
    expect(pending[2].params).toMatchObject({ q: 'riv', rows: 0 })
    pending[2].answer(3)
    await vi.waitFor(() => expect(useCatalogStore.getState().facets.tags?.items[0].count).toBe(3))
    expect(useCatalogStore.getState().facetGeneration).toBe(useCatalogStore.getState().shownGeneration)
  })

  it('never asks for the facets of a search that was overtaken', async () => {
    const pending = heldTransport()
    const first = setQuery('a')
    pending[0].answer(5, ['x'])
    await first
    void setQuery('ab') // within the facet delay
    await new Promise((resolve) => setTimeout(resolve, facetDelayMs + 50))
    expect(pending.map((p) => [p.params.q, p.params.rows])).toEqual([
      ['a', pageSize],
      ['ab', pageSize],
    ])
  })

  it('puts facet filters into fq', async () => {
    const pending = heldTransport()
    const done = toggleFacet('organization', 'city')
    expect(pending[0].params.fq).toBe('organization:"city"')
    pending[0].answer(0)
    await done
  })

  it('shows a search failure and an empty list', async () => {
    const pending = heldTransport()
    const done = setQuery('a:(')
    pending[0].fail()
    await done
    expect(useCatalogStore.getState().failure?.error.__type).toBe('Search Query Error')
    expect(useCatalogStore.getState().count).toBe(0)
  })
})

describe('paging as the list scrolls', () => {
  it('loads each missing page once, at the right offset', async () => {
    const pending = heldTransport()
    const done = setQuery('')
    pending[0].answer(1000, Array.from({ length: pageSize }, (_, i) => `d${i}`))
    await done
    const from = pageSize * 1.5
    const loads = ensureRows(from, pageSize * 3.2)
    void ensureRows(pageSize * 1.8, pageSize * 2.5) // already requested: no second request
    const pages = pending.slice(1).filter((p) => p.params.rows === pageSize)
    expect(pages.map((p) => p.params.start)).toEqual([pageSize, pageSize * 2, pageSize * 3])
    for (const [i, p] of pages.entries()) p.answer(1000, Array.from({ length: pageSize }, (_, j) => `d${(i + 1) * pageSize + j}`))
    await loads
    const rows = useCatalogStore.getState().rows
    expect(rows[from]?.name).toBe(`d${from}`)
    expect(rows[pageSize * 4 - 1]?.name).toBe(`d${pageSize * 4 - 1}`)
    expect(rows[pageSize * 4]).toBeUndefined()
  })
})
