/**
 * The metadata form: every core field, tags, extras, organization, license,
 * visibility and groups. The engine's validation errors appear under the
 * fields they name; any it names that the form lacks are listed on top.
 */
import { Field } from '../../components/Field.tsx'
import { draftFieldNames, textFields, type TextField } from '../../lib/draft-fields.ts'
import { setField, useDraftStore } from '../../stores/draft.ts'
import { ExtrasEditor } from './ExtrasEditor.tsx'
import { NotesField } from './NotesField.tsx'
import { OtherFields } from './OtherFields.tsx'
import { ChoiceFields } from './ChoiceFields.tsx'
import { TagsInput } from './TagsInput.tsx'

/** Field names the form shows errors for. */
const shownFields = new Set<string>([
  ...draftFieldNames,
  'extras_validation',
])

const hints: Partial<Record<TextField, string>> = {
  name: 'Lowercase letters, digits, - and _; part of the dataset’s address.',
  url: 'Where the data comes from.',
}

/** The editor. */
export function DatasetEditor() {
  const draft = useDraftStore((s) => s.draft)
  const errors = useDraftStore((s) => s.errors)
  const original = useDraftStore((s) => s.original)
  const vocabularyTags = new Set((original?.tags ?? []).filter((tag) => tag.vocabulary_id).map((tag) => tag.name))
  const other = Object.entries(errors).filter(([key]) => !shownFields.has(key))
  return (
    <form className="editor" onSubmit={(event) => event.preventDefault()} noValidate>
      {other.length > 0 && (
        <div className="banner banner-error" role="alert">
          {other.map(([key, value]) => (
            <div key={key}>
              {key === 'message' ? '' : `${key}: `}
              {Array.isArray(value) ? value.join(' ') : String(value)}
            </div>
          ))}
        </div>
      )}
      <div className="editor-columns">
        <div className="editor-main">
          {textFields
            .filter(([key]) => key === 'title' || key === 'name')
            .map(([key, label]) => (
              <TextInput key={key} name={key} label={label} value={draft[key]} error={errors[key]} hint={hints[key]} />
            ))}
          <NotesField value={draft.notes} error={errors.notes} />
          <Field label="Tags" name="tags" error={errors.tags}>
            {(props) => <TagsInput {...props} tags={draft.tags} vocabularyTags={vocabularyTags} onChange={(tags) => setField('tags', tags)} />}
          </Field>
          <ExtrasEditor extras={draft.extras} errors={errors.extras} duplicateErrors={errors.extras_validation} />
        </div>
        <div className="editor-side">
          <ChoiceFields />
          {textFields
            .filter(([key]) => key !== 'title' && key !== 'name' && key !== 'notes')
            .map(([key, label]) => (
              <TextInput key={key} name={key} label={label} value={draft[key]} error={errors[key]} hint={hints[key]} />
            ))}
          <OtherFields />
        </div>
      </div>
    </form>
  )
}

function TextInput({ name, label, value, error, hint }: { name: TextField; label: string; value: string; error: unknown; hint?: string }) {
  return (
    <Field label={label} name={name} error={error} hint={hint}>
      {(props) => (
        <input
          {...props}
          type={name.endsWith('email') ? 'email' : 'text'}
          value={value}
          spellCheck={name === 'title'}
          onChange={(event) => setField(name, event.target.value)}
        />
      )}
    </Field>
  )
}
