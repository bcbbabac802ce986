/** The description: Markdown source with a safe rendered preview. */
import { useState } from 'react'
import { Field } from '../../components/Field.tsx'
import { setField } from '../../stores/draft.ts'
import { NotesView } from './NotesView.tsx'

/** The notes field with Write / Preview tabs. */
export function NotesField({ value, error }: { value: string; error: unknown }) {
  const [preview, setPreview] = useState(false)
  return (
    <Field label="Description" name="notes" error={error} hint="Markdown. Raw HTML is shown as text.">
      {(props) => (
        <div className="notes-field">
          <div className="mini-tabs" role="tablist" aria-label="Description view">
            <button type="button" role="tab" aria-selected={!preview} onClick={() => setPreview(false)}>
              Write
            </button>
            <button type="button" role="tab" aria-selected={preview} onClick={() => setPreview(true)}>
              Preview
            </button>
          </div>
          {preview ? (
            <NotesView notes={value} />
          ) : (
            <textarea {...props} rows={8} value={value} onChange={(event) => setField('notes', event.target.value)} />
          )}
        </div>
      )}
    </Field>
  )
}

