/** A dataset's sync state (local only, in sync, changed, conflict), once a remote is connected. */
import { Badge } from '../../components/Badge.tsx'
import { syncStateOf, useSyncStateStore } from '../../stores/sync-state.ts'

const labels = {
  local: ['Local only', 'sync'],
  synced: ['In sync', 'ok'],
  changed: ['Changed', 'warn'],
  conflict: ['Conflict', 'deleted'],
} as const

/** Nothing when no remote is connected. */
export function SyncBadge({ datasetId }: { datasetId: string }) {
  const state = useSyncStateStore((s) => syncStateOf(s, datasetId))
  if (!state) return null
  const [label, tone] = labels[state]
  return <Badge tone={tone}>{label}</Badge>
}
