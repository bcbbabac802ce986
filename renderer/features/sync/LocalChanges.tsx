/** Datasets changed locally and not yet pushed, with the remote's errors from the last push. */
import { useRemotesStore } from '../../stores/remotes.ts'

const labels = { new: 'New (local only)', modified: 'Changed', deleted: 'Deleted', conflict: 'Conflict', restore: 'Restored' }

/** The local changes table. */
export function LocalChanges() {
  const changes = useRemotesStore((s) => s.changes)
  return (
    <section className="local-changes">
      <h2>Local changes ({changes.length})</h2>
      {changes.length === 0 ? (
        <p className="muted">Everything is in sync.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Dataset</th>
              <th scope="col">Change</th>
              <th scope="col">Remote</th>
              <th scope="col">Remote’s last answer</th>
            </tr>
          </thead>
          <tbody>
            {changes.slice(0, 500).map((change) => (
              <tr key={`${change.id}-${change.remote}`} data-change={change.change}>
                <td>
                  <a href={`#/dataset/${encodeURIComponent(change.name)}`}>{change.name}</a>
                </td>
                <td>{labels[change.change] ?? change.change}</td>
                <td>{change.remote ?? '—'}</td>
                <td className="field-error-inline">
                  {change.errors
                    ? Object.entries(change.errors)
                        .filter(([key]) => key !== '__type')
                        .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(' ') : JSON.stringify(value)}`)
                        .join('; ')
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changes.length > 500 && <p className="muted">and {changes.length - 500} more.</p>}
    </section>
  )
}
