/** A dataset's sync state (local only, in sync, changed, conflict), once sync is connected. */
import { Badge } from '../../components/Badge.tsx'
import { useSyncStateStore } from '../../stores/sync-state.ts'

const labels = {
  local: ['Local only', 'sync'],
  synced: ['In sync', 'ok'],
  changed: ['Changed', 'warn'],
  conflict: ['Conflict', 'deleted'],
} as const

/** Nothing when the dataset has no link to a remote known to the store. */
export function SyncBadge({ datasetId }: { datasetId: string }) {
  const state = useSyncStateStore((s) => s.states[datasetId])
  if (!state) return null
  const [label, tone] = labels[state]
  return <Badge tone={tone}>{label}</Badge>
}
