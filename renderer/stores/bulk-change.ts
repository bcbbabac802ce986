/**
 * Runs a bulk change over the selected datasets: one bulk_update_* call per
 * organization (CKAN's bulk actions take one at a time), a toast summing up,
 * then the search again so rows show what the engine now holds.
 */
import { asFailure, call } from '../lib/call.ts'
import { planBulkChange, summarizeBulkChange, type BulkChange, type OrganizationOutcome } from '../lib/bulk-change.ts'
import { orgTitlesOf } from '../lib/org-titles.ts'
import { refresh, useCatalogStore } from './catalog.ts'
import { useReferenceStore } from './reference.ts'
import { keepSelected, setWorking, useSelectionStore } from './selection.ts'
import { toast } from './toasts.ts'

/**
 * Makes the selected datasets private or public, or deletes them. What could
 * not be changed (an organization refused, no organization) stays selected,
 * so the user sees what is left; a second call while one runs does nothing.
 */
export async function applyBulkChange(change: BulkChange): Promise<void> {
  const { selected, working } = useSelectionStore.getState()
  if (working !== null || selected.size === 0) return
  const { query, filters } = useCatalogStore.getState()
  const { byOrganization, unowned } = planBulkChange(selected.values())
  setWorking(change)
  try {
    const outcomes: OrganizationOutcome[] = []
    for (const [organization, ids] of byOrganization) {
      // One at a time: each call is a transaction on the one engine, so parallel calls would only queue.
      const failure = await call(`bulk_update_${change}`, { org_id: organization, datasets: ids }).then(() => null, asFailure)
      outcomes.push({ organization, ids, failure })
    }
    const titles = orgTitlesOf(useReferenceStore.getState().organizations, useCatalogStore.getState().facets.organization)
    const summary = summarizeBulkChange(change, outcomes, unowned, (name) => titles.get(name) ?? name)
    toast(summary.text, summary.kind)
    void refresh() // the engine is the truth: re-read rather than patch rows (STYLE.md)
    await shownFrom(useCatalogStore.getState().generation)
    const latest = useCatalogStore.getState()
    if (latest.query === query && latest.filters === filters) keepSelected(summary.unchangedIds)
  } finally {
    setWorking(null)
  }
}

/** Resolves once the list shows the answer to search `generation` or a newer one (refresh may hand its search to a running one's follow-up). */
function shownFrom(generation: number): Promise<void> {
  return new Promise((resolve) => {
    if (useCatalogStore.getState().shownGeneration >= generation) return resolve()
    const stop = useCatalogStore.subscribe((s) => {
      if (s.shownGeneration < generation && s.generation >= generation) return // (a lower generation: the catalog was reset)
      stop()
      resolve()
    })
  })
}
