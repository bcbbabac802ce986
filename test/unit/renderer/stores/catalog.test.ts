/**
 * The catalog store's search-as-you-type: at most one search in flight,
 * keystrokes meanwhile collapse into one follow-up for the latest text, and
 * outdated answers never reach the screen. The transport is held open by
 * the test to order answers precisely.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setTransport, type Answer } from '../../../../renderer/lib/transport.ts'
import { ensureRows, pageSize, resetCatalog, setQuery, toggleFacet, useCatalogStore } from '../../../../renderer/stores/catalog.ts'

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
    expect(state.facets.tags.items[0].count).toBe(3)
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
    const loads = ensureRows(150, 320)
    void ensureRows(180, 250) // already requested: no second request
    expect(pending.slice(1).map((p) => p.params.start)).toEqual([100, 200, 300])
    for (const [i, p] of pending.slice(1).entries()) p.answer(1000, Array.from({ length: pageSize }, (_, j) => `d${(i + 1) * 100 + j}`))
    await loads
    const rows = useCatalogStore.getState().rows
    expect(rows[150]?.name).toBe('d150')
    expect(rows[399]?.name).toBe('d399')
    expect(rows[400]).toBeUndefined()
  })
})
