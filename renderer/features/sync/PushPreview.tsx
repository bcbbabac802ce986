/**
 * The push plan for a remote, dataset by dataset, with each changed field
 * (before → after) and the files that would upload: the dry run. Pushing is
 * a separate, deliberate click.
 */
import { useState } from 'react'
import { formatSize } from '../../components/format.ts'
import { startPush, useRemotesStore } from '../../stores/remotes.ts'
import { ChangesTable } from '../../components/ChangesTable.tsx'

const actionLabels = { create: 'Create', update: 'Update', delete: 'Delete', restore: 'Restore', none: 'No change', blocked: 'Blocked' }

/** The preview panel. */
export function PushPreview() {
  const { plan, planRemote, busy } = useRemotesStore()
  const [pushing, setPushing] = useState(false)
  if (!plan || !planRemote) return null
  const pushable = plan.filter((item) => item.action !== 'none' && item.action !== 'blocked')
  return (
    <section className="push-preview" aria-label={`Push to ${planRemote}`}>
      <header className="screen-header">
        <h2>
          Push to {planRemote}: {pushable.length} {pushable.length === 1 ? 'dataset' : 'datasets'}
        </h2>
        <div className="header-actions">
          <button
            type="button"
            className="primary"
            disabled={busy || pushing || pushable.length === 0}
            onClick={async () => {
              setPushing(true)
              await startPush(planRemote)
              setPushing(false)
            }}
          >
            Push now
          </button>
          <button type="button" onClick={() => useRemotesStore.setState({ plan: null, planRemote: null })}>
            Close
          </button>
        </div>
      </header>
      <p className="muted">This is a dry run: nothing has been sent yet.</p>
      {plan.length === 0 && <p>Nothing to push.</p>}
      {plan.map((item) => (
        <article key={item.id} className="plan-item" data-dataset={item.name} data-action={item.action}>
          <h3>
            <span className={`plan-action plan-${item.action}`}>{actionLabels[item.action]}</span> {item.name}
          </h3>
          {item.reason && <p className="muted">{item.reason}</p>}
          {item.changes.length > 0 && <ChangesTable changes={item.changes} />}
          {item.uploads.length > 0 && (
            <ul className="plan-uploads">
              {item.uploads.map((upload) => (
                <li key={upload.resource_id}>
                  Upload {upload.name} ({formatSize(upload.size)})
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </section>
  )
}
