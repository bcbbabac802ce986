/** Creates or edits an organization or group: name, title, description, image URL. */
import { useRef, useState } from 'react'
import type { Group } from '../../../shared/actions.ts'
import { Field } from '../../components/Field.tsx'
import { slugOf } from '../../lib/draft-fields.ts'
import { nameProblems } from '../../lib/name-rule.ts'
import { createGroup, patchGroup, useGroupsStore, type GroupKind } from '../../stores/groups.ts'
import { loadReference } from '../../stores/reference.ts'
import { FormActions } from '../../components/FormActions.tsx'

type FormProps = { kind: GroupKind; group: Group | null; onSaved(group: Group): void; onCancel(): void }

/** The form; `group` null creates. */
export function GroupForm({ kind, group, onSaved, onCancel }: FormProps) {
  const errors = useGroupsStore((s) => s.errors)
  const [fields, setFields] = useState({
    title: group?.title ?? '',
    name: group?.name ?? '',
    description: group?.description ?? '',
    image_url: group?.image_url ?? '',
  })
  const [nameTouched, setNameTouched] = useState(group !== null)
  const [nameErrors, setNameErrors] = useState<string[]>([])
  const nameInput = useRef<HTMLInputElement>(null)
  const set = (key: keyof typeof fields, value: string) =>
    setFields((f) => ({ ...f, [key]: value, ...(key === 'title' && !nameTouched ? { name: slugOf(value) } : {}) }))
  const save = async () => {
    // CKAN 2.10's *_update and *_patch accept any free name ("Bad Name!", ""): check it as create does.
    const problems = group === null || fields.name !== group.name ? nameProblems(fields.name) : []
    setNameErrors(problems)
    if (problems.length) return nameInput.current?.focus()
    const saved = group ? await patchGroup(kind, group.id, fields) : await createGroup(kind, fields)
    if (saved) {
      void loadReference() // the editor's organization and group pickers
      onSaved(saved)
    }
  }
  return (
    <form
      className="group-form"
      onSubmit={(event) => (event.preventDefault(), void save())}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onCancel()
        }
      }}
      noValidate
    >
      {typeof errors.message === 'string' && <div className="banner banner-error">{errors.message}</div>}
      <Field label="Title" name="title" error={errors.title}>
        {(props) => <input {...props} value={fields.title} autoFocus onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <Field label="URL name" name="name" error={nameErrors.length ? nameErrors : errors.name}>
        {(props) => (
          <input
            {...props}
            ref={nameInput}
            value={fields.name}
            onChange={(e) => {
              setNameTouched(true)
              set('name', e.target.value)
            }}
          />
        )}
      </Field>
      <Field label="Description" name="description" error={errors.description}>
        {(props) => <textarea {...props} rows={4} value={fields.description} onChange={(e) => set('description', e.target.value)} />}
      </Field>
      <Field label="Image URL" name="image_url" error={errors.image_url}>
        {(props) => <input {...props} value={fields.image_url} onChange={(e) => set('image_url', e.target.value)} />}
      </Field>
      <FormActions submit={group ? 'Save' : `Create ${kind}`} onCancel={onCancel} />
    </form>
  )
}
