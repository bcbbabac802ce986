/**
 * Why the last save did not happen: a failed call (server unreachable, not
 * allowed, dataset gone, server error), or fields the user changed that were
 * changed elsewhere too since the dataset was opened. Either way the draft
 * stays as typed, still unsaved.
 */
import { failureText } from '../../lib/call.ts'
import { fieldLabels } from '../../lib/draft-conflicts.ts'
import type { DraftField, DraftFields } from '../../lib/draft-fields.ts'
import { dismissConflict, reloadKeepingEdits, useDraftStore } from '../../stores/draft.ts'
import { saveDataset } from './save-dataset.ts'
import './save-problems.css'

/** The failed-save banner, or nothing. */
export function SaveFailureNotice() {
  const failure = useDraftStore((s) => s.saveFailure)
  if (!failure) return null
  return (
    <div className="banner banner-error save-problem" role="alert" tabIndex={-1}>
      <strong>Could not save:</strong> {failureText(failure)} Your changes are kept here, not saved yet; Save to try again.
    </div>
  )
}

/** The conflict notice with its choices, or nothing. */
export function SaveConflictNotice() {
  const conflict = useDraftStore((s) => s.conflict)
  const draft = useDraftStore((s) => s.draft)
  const saving = useDraftStore((s) => s.saving)
  if (!conflict) return null
  const labels = conflict.fields.map((field) => fieldLabels[field]).join(', ')
  return (
    <div className="banner banner-warn save-problem save-conflict" role="alert" tabIndex={-1}>
      {conflict.reloaded ? (
        <p>
          Reloaded the latest version. Your edits are still in the form, not saved yet. Changed elsewhere too: <strong>{labels}</strong>; their
          values are below. Save to replace them with yours.
        </p>
      ) : (
        <p>
          Not saved: this dataset was changed elsewhere since you opened it, and so were fields you edited: <strong>{labels}</strong>.
        </p>
      )}
      <table className="changes conflict-values">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Saved elsewhere</th>
            <th scope="col">Yours</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field} data-conflict-field={field}>
              <th scope="row">{fieldLabels[field]}</th>
              <td className="theirs">{shown(conflict.theirs, field)}</td>
              <td className="yours">{shown(draft, field)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="save-conflict-actions">
        {!conflict.reloaded && (
          <>
            <button type="button" className="primary" onClick={reloadKeepingEdits} disabled={saving}>
              Reload, keeping my edits
            </button>
            <button type="button" onClick={() => void saveDataset({ overwrite: true })} disabled={saving}>
              Save mine anyway
            </button>
          </>
        )}
        <button type="button" className="subtle" onClick={dismissConflict}>
          {conflict.reloaded ? 'Close' : 'Keep editing'}
        </button>
      </div>
    </div>
  )
}

/** A field's value as the form would show it. */
function shown(fields: DraftFields, field: DraftField): string {
  const value = fields[field]
  if (field === 'private') return value ? 'Private' : 'Public'
  if (field === 'extras') return fields.extras.map(({ key, value }) => `${key} = ${value}`).join('; ') || '—'
  if (Array.isArray(value)) return value.join(', ') || '—'
  return String(value) || '—'
}
