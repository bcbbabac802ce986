/**
 * The datasets selected in the catalog list (UI state), for changing many
 * at once. Kept by id with the row each was selected from, so a selection
 * outlives the virtual list's rows scrolling out of the DOM and reloading.
 */
import { create } from 'zustand'
import type { DatasetSummary } from '../../shared/actions.ts'
import type { BulkChange } from '../lib/bulk-change.ts'
import { useCatalogStore } from './catalog.ts'

type SelectionState = {
  /** Selected datasets by id; the row's organization decides which bulk call each goes into. */
  selected: ReadonlyMap<string, DatasetSummary>
  /** The dataset toggled last: Shift+click selects from it. */
  anchor: string | null
  /** The bulk change running, or null. */
  working: BulkChange | null
}

/** The store's starting state (tests reset to it). */
export const initialSelection: SelectionState = { selected: new Map(), anchor: null, working: null }

/** The store; select narrowly (STYLE.md). */
export const useSelectionStore = create<SelectionState>()(() => initialSelection)

/** Selects a dataset, or unselects it when selected; it becomes the anchor of a Shift+click range. */
export function toggleSelected(dataset: DatasetSummary): void {
  useSelectionStore.setState((s) => {
    const selected = new Map(s.selected)
    if (!selected.delete(dataset.id)) selected.set(dataset.id, dataset)
    return { selected, anchor: dataset.id }
  })
}

/** Selects the loaded rows from the anchor to row `index`, both included; with no anchor shown, toggles that row. */
export function selectRangeTo(index: number): void {
  const rows = useCatalogStore.getState().rows
  const target = rows[index]
  if (!target) return
  const { anchor } = useSelectionStore.getState()
  const from = anchor === null ? -1 : rows.findIndex((row) => row?.id === anchor)
  if (from < 0) return toggleSelected(target)
  useSelectionStore.setState((s) => {
    const selected = new Map(s.selected)
    for (let i = Math.min(from, index); i <= Math.max(from, index); i++) {
      const row = rows[i]
      if (row) selected.set(row.id, row)
    }
    return { selected, anchor: target.id }
  })
}

/** Selects every result loaded so far (the list is virtualized: from the store's rows, not the DOM's). */
export function selectAllLoaded(): void {
  useSelectionStore.setState((s) => {
    const selected = new Map(s.selected)
    for (const row of useCatalogStore.getState().rows) if (row) selected.set(row.id, row)
    return { selected }
  })
}

/** Unselects everything. */
export function clearSelection(): void {
  const { selected, anchor } = useSelectionStore.getState()
  if (selected.size > 0 || anchor !== null) useSelectionStore.setState({ selected: new Map(), anchor: null }) // typing stays cheap
}

/** Keeps selected only the datasets listed (those a bulk change left unchanged). */
export function keepSelected(ids: string[]): void {
  useSelectionStore.setState((s) => {
    const selected = new Map<string, DatasetSummary>()
    for (const id of ids) {
      const dataset = s.selected.get(id)
      if (dataset) selected.set(id, dataset)
    }
    return { selected, anchor: null }
  })
}

/** Marks a bulk change as running (null: finished). */
export function setWorking(working: BulkChange | null): void {
  useSelectionStore.setState({ working })
}

// A new search text or filter may no longer show the rows selected, and a bulk action
// must never reach datasets the user cannot see: the selection starts again. A generation
// going back means the catalog was reset (sign-out), where nothing selected still applies.
// A new sort order, or a refresh after a write, keeps it: the same datasets are listed.
useCatalogStore.subscribe((state, previous) => {
  if (state.query !== previous.query || state.filters !== previous.filters || state.generation < previous.generation) clearSelection()
})
