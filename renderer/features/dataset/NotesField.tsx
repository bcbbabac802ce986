/** The description: Markdown source with a safe rendered preview. */
import { useState } from 'react'
import { Field } from '../../components/Field.tsx'
import { setField } from '../../stores/draft.ts'
import { NotesView } from './NotesView.tsx'
import { TabStrip } from '../../components/TabStrip.tsx'

/** The notes field with Write / Preview tabs. */
export function NotesField({ value, error }: { value: string; error: unknown }) {
  const [preview, setPreview] = useState(false)
  return (
    <Field label="Description" name="notes" error={error} hint="Markdown. Raw HTML is shown as text.">
      {(props) => (
        <div className="notes-field">
          <TabStrip
            className="mini-tabs"
            label="Description view"
            selected={preview ? 'preview' : 'write'}
            onSelect={(key) => setPreview(key === 'preview')}
            items={[
              { key: 'write', label: 'Write' },
              { key: 'preview', label: 'Preview' },
            ]}
          />
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

