/** The editor's Save: the store's save plus what the screen does around it (focus, toast, address). */
import type { Package } from '../../../shared/actions.ts'
import { refresh } from '../../stores/catalog.ts'
import { saveDraft, useDraftStore } from '../../stores/draft.ts'
import { loadSyncOverview } from '../../stores/remotes.ts'
import { navigate } from '../../stores/route.ts'
import { useSyncStateStore } from '../../stores/sync-state.ts'
import { toast } from '../../stores/toasts.ts'

/**
 * Saves the draft; a new or renamed dataset moves to its own address. When
 * it is not saved, focus goes to the first field in error, or to the notice
 * saying why (a failed call, a conflict with changes made elsewhere).
 */
export async function saveDataset(options: { overwrite?: boolean } = {}): Promise<void> {
  const before = useDraftStore.getState().original
  const saved = await saveDraft(options)
  if (!saved) {
    const { errors, saveFailure, conflict } = useDraftStore.getState()
    const first = Object.keys(errors)[0]
    if (first) document.querySelector<HTMLElement>(`[data-field="${first}"] input, [data-field="${first}"] textarea, [data-field="${first}"] select`)?.focus()
    else if (saveFailure || conflict) document.querySelector<HTMLElement>('.save-problem')?.focus()
    return
  }
  const keptOtherChanges = useDraftStore.getState().keptOtherChanges
  toast(!before ? 'Dataset created.' : keptOtherChanges ? 'Saved. Changes made elsewhere since you opened it were kept.' : 'Saved.')
  afterDatasetWritten(before, saved)
}

/** What follows any write of the open dataset: the catalog and sync badges re-read, a new or renamed dataset at its own address. */
export function afterDatasetWritten(before: Package | null, saved: Package): void {
  void refresh()
  if (useSyncStateStore.getState().hasRemotes) void loadSyncOverview()
  if (!before || before.name !== saved.name) navigate(`/dataset/${saved.name}`)
}
