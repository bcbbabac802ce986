/**
 * Conflicts, side by side: for each field both sides changed, the last
 * agreed value, the local one and the remote one; keep local, take remote,
 * or type the value yourself. Nothing is overwritten until "Resolve".
 */
import { useState } from 'react'
import type { SyncConflict } from '../../../shared/actions.ts'
import { showValue } from '../../lib/diff.ts'
import { resolveConflict, useRemotesStore } from '../../stores/remotes.ts'

/** Every conflict. */
export function ConflictList() {
  const conflicts = useRemotesStore((s) => s.conflicts)
  return (
    <section className="conflicts">
      <h2>Conflicts ({conflicts.length})</h2>
      {conflicts.map((conflict) => (
        <ConflictCard key={`${conflict.id}-${conflict.remote}`} conflict={conflict} />
      ))}
    </section>
  )
}

type Choice = 'local' | 'remote' | 'edit'

function ConflictCard({ conflict }: { conflict: SyncConflict }) {
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const [edits, setEdits] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const resolve = async () => {
    const values: Record<string, unknown> = {}
    for (const field of conflict.conflicts) {
      const choice = choices[field.path] ?? 'local'
      if (choice === 'edit') values[field.path] = parseEdit(edits[field.path] ?? '', field.local)
      else values[field.path] = choice === 'local' ? field.local : field.remote
    }
    const ok = await resolveConflict(conflict, { values })
    if (!ok) setMessage('Could not resolve; see the message above.')
  }
  if (conflict.kind !== 'fields') {
    return (
      <article className="conflict-card" data-dataset={conflict.name}>
        <h3>{conflict.name}</h3>
        <p>
          {conflict.kind === 'remote-deleted'
            ? `Deleted on ${conflict.remote} but edited here.`
            : `Deleted here but edited on ${conflict.remote}.`}
        </p>
        <div className="form-actions">
          <button type="button" onClick={() => void resolveConflict(conflict, { take: 'local' })}>
            Keep the local side
          </button>
          <button type="button" onClick={() => void resolveConflict(conflict, { take: 'remote' })}>
            Take the remote side
          </button>
        </div>
      </article>
    )
  }
  return (
    <article className="conflict-card" data-dataset={conflict.name}>
      <h3>
        <a href={`#/dataset/${encodeURIComponent(conflict.name)}`}>{conflict.name}</a> <span className="muted">with {conflict.remote}</span>
      </h3>
      {message && <div className="banner banner-error">{message}</div>}
      <table className="conflict-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Last synced</th>
            <th scope="col">Local</th>
            <th scope="col">Remote</th>
            <th scope="col">Keep</th>
          </tr>
        </thead>
        <tbody>
          {conflict.conflicts.map((field) => {
            const choice = choices[field.path] ?? 'local'
            const set = (next: Choice) => setChoices({ ...choices, [field.path]: next })
            return (
              <tr key={field.path} data-path={field.path}>
                <th scope="row">{field.path}</th>
                <td className="muted">{showValue(field.base)}</td>
                <td className={choice === 'local' ? 'chosen' : ''}>{showValue(field.local)}</td>
                <td className={choice === 'remote' ? 'chosen' : ''}>{showValue(field.remote)}</td>
                <td>
                  <div className="choice" role="radiogroup" aria-label={`Value for ${field.path}`}>
                    {(['local', 'remote', 'edit'] as const).map((option) => (
                      <label key={option} className="check">
                        <input type="radio" name={`${conflict.id}-${field.path}`} checked={choice === option} onChange={() => set(option)} />
                        {option === 'edit' ? 'Edit' : option === 'local' ? 'Local' : 'Remote'}
                      </label>
                    ))}
                  </div>
                  {choice === 'edit' && (
                    <input
                      aria-label={`Your value for ${field.path}`}
                      value={edits[field.path] ?? editText(field.local)}
                      onChange={(e) => setEdits({ ...edits, [field.path]: e.target.value })}
                    />
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void resolve()}>
          Resolve
        </button>
        <button type="button" onClick={() => void resolveConflict(conflict, { take: 'local' })}>
          Keep all local
        </button>
        <button type="button" onClick={() => void resolveConflict(conflict, { take: 'remote' })}>
          Take all remote
        </button>
      </div>
    </article>
  )
}

/** Text for editing a value: strings as they are, anything else as JSON. */
function editText(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value)
}

/** The edited text back as a value of the same kind as the local one. */
function parseEdit(text: string, like: unknown): unknown {
  if (typeof like === 'string' || like === null || like === undefined) return text
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
