/** A dataset's history, newest first, each change listed field by field. */
import { useEffect } from 'react'
import { FailureBanner } from '../../components/Failure.tsx'
import { formatTimestamp } from '../../components/format.ts'
import { loadActivity, useActivityStore } from '../../stores/activity.ts'
import { ChangesTable } from '../../components/ChangesTable.tsx'
import { ConfirmButton } from '../../components/ConfirmButton.tsx'
import { isRestorable } from '../../lib/restore-version.ts'
import { isDirty, useDraftStore } from '../../stores/draft.ts'
import { restoreVersion } from './restore-dataset.ts'

const verbs: Record<string, string> = {
  'new package': 'created the dataset',
  'changed package': 'changed',
  'deleted package': 'deleted the dataset',
}

/** The history tab. */
export function ActivityHistory({ datasetId }: { datasetId: string }) {
  const { entries, failure, loading } = useActivityStore()
  // Restoring replaces the draft: unsaved edits would be lost without a word.
  const dirty = useDraftStore(isDirty)
  useEffect(() => void loadActivity(datasetId), [datasetId])
  if (loading && entries.length === 0) return <div className="muted">Loading history…</div>
  return (
    <div className="history">
      <FailureBanner failure={failure} prefix="History unavailable" />
      {entries.length === 0 && !failure && <p className="muted">No recorded activity.</p>}
      <ol>
        {entries.map(({ activity, changes }, index) => (
          <li key={activity.id} className="history-entry">
            <div className="history-head">
              <strong>{activity.data?.actor ?? 'Someone'}</strong> {verbs[activity.activity_type] ?? activity.activity_type}
              <time dateTime={activity.timestamp}>{formatTimestamp(activity.timestamp)}</time>
              {/* The newest entry is the dataset as it stands. */}
              {index > 0 && isRestorable(activity) && (
                <span className="history-restore" title={dirty ? 'Save or undo your edits first' : undefined}>
                  <ConfirmButton
                    label="Restore this version"
                    ariaLabel={`Restore the version of ${formatTimestamp(activity.timestamp)}`}
                    question="Put the dataset back as it was then? The current version stays in the history."
                    confirmLabel="Restore"
                    disabled={dirty}
                    onConfirm={() => restoreVersion(activity)}
                  />
                </span>
              )}
            </div>
            {changes.length > 0 && <ChangesTable changes={changes} />}
            {activity.activity_type === 'changed package' && changes.length === 0 && <div className="muted">No visible field changes.</div>}
          </li>
        ))}
      </ol>
    </div>
  )
}
