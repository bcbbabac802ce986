/** A dataset's history, newest first, each change listed field by field. */
import { useEffect } from 'react'
import { FailureBanner } from '../../components/Failure.tsx'
import { formatTimestamp } from '../../components/format.ts'
import { loadActivity, useActivityStore } from '../../stores/activity.ts'
import { ChangesTable } from '../../components/ChangesTable.tsx'

const verbs: Record<string, string> = {
  'new package': 'created the dataset',
  'changed package': 'changed',
  'deleted package': 'deleted the dataset',
}

/** The history tab. */
export function ActivityHistory({ datasetId }: { datasetId: string }) {
  const { entries, failure, loading } = useActivityStore()
  useEffect(() => void loadActivity(datasetId), [datasetId])
  if (loading && entries.length === 0) return <div className="muted">Loading history…</div>
  return (
    <div className="history">
      <FailureBanner failure={failure} prefix="History unavailable" />
      {entries.length === 0 && !failure && <p className="muted">No recorded activity.</p>}
      <ol>
        {entries.map(({ activity, changes }) => (
          <li key={activity.id} className="history-entry">
            <div className="history-head">
              <strong>{activity.data?.actor ?? 'Someone'}</strong> {verbs[activity.activity_type] ?? activity.activity_type}
              <time dateTime={activity.timestamp}>{formatTimestamp(activity.timestamp)}</time>
            </div>
            {changes.length > 0 && <ChangesTable changes={changes} />}
            {activity.activity_type === 'changed package' && changes.length === 0 && <div className="muted">No visible field changes.</div>}
          </li>
        ))}
      </ol>
    </div>
  )
}
