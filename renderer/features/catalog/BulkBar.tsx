/** The bar under the list while datasets are selected: how many, and what to do with them all at once. */
import { ConfirmButton } from '../../components/ConfirmButton.tsx'
import type { BulkChange } from '../../lib/bulk-change.ts'
import { applyBulkChange } from '../../stores/bulk-change.ts'
import { clearSelection, useSelectionStore } from '../../stores/selection.ts'

/** The bulk action toolbar; nothing when nothing is selected. */
export function BulkBar() {
  const count = useSelectionStore((s) => s.selected.size)
  const working = useSelectionStore((s) => s.working)
  if (count === 0 && working === null) return null
  const isBusy = working !== null
  const datasets = `${count.toLocaleString()} ${count === 1 ? 'dataset' : 'datasets'}`
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selected datasets" aria-busy={isBusy}>
      <span className="bulk-count">{count.toLocaleString()} selected</span>
      <button type="button" disabled={isBusy} onClick={() => void run('private')}>
        Make private
      </button>
      <button type="button" disabled={isBusy} onClick={() => void run('public')}>
        Make public
      </button>
      <ConfirmButton label="Delete…" confirmLabel="Delete" question={`Delete ${datasets}?`} disabled={isBusy} onConfirm={() => run('delete')} />
      <button type="button" className="subtle" disabled={isBusy} onClick={clearAndReturn}>
        Clear selection
      </button>
      {isBusy && (
        <span className="bulk-working" role="status">
          Working…
        </span>
      )}
    </div>
  )
}

/** Runs a change; when nothing is left selected the bar goes, and the keyboard goes back to the list. */
async function run(change: BulkChange): Promise<void> {
  await applyBulkChange(change)
  if (useSelectionStore.getState().selected.size === 0) focusList()
}

function clearAndReturn(): void {
  clearSelection()
  focusList()
}

function focusList(): void {
  document.querySelector<HTMLElement>('.dataset-list')?.focus()
}
