/** "Restore this version" in a dataset's history: the store calls and what the screen does around them. */
import type { Activity } from '../../../shared/actions.ts'
import { formatTimestamp } from '../../components/format.ts'
import { asFailure, call, failureText } from '../../lib/call.ts'
import { restorePayload } from '../../lib/restore-version.ts'
import { loadActivity } from '../../stores/activity.ts'
import { showDataset, useDraftStore } from '../../stores/draft.ts'
import { toast } from '../../stores/toasts.ts'
import { afterDatasetWritten } from './save-dataset.ts'

/**
 * Puts the open dataset back as `activity` recorded it. The restore is a
 * change like any other: it gets its own history entry (the version it
 * replaced stays there) and sync pushes it.
 */
export async function restoreVersion(activity: Activity): Promise<void> {
  const original = useDraftStore.getState().original
  const version = activity.data?.package
  if (!original || !version) return
  try {
    const restored = await call('package_update', restorePayload(version, original.id))
    showDataset(restored)
    toast(`Restored the version of ${formatTimestamp(activity.timestamp)}.`)
    void loadActivity(restored.id)
    afterDatasetWritten(original, restored)
  } catch (error) {
    toast(`Not restored: ${failureText(asFailure(error))}`, 'error')
  }
}
