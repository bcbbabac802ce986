/** Edits a resource's name, description, format and (for links) URL with resource_patch. */
import { useState } from 'react'
import type { Resource } from '../../../shared/actions.ts'
import { Field } from '../../components/Field.tsx'
import { asFailure, call, fieldErrors } from '../../lib/call.ts'
import { reloadDataset } from '../../stores/draft.ts'
import { FormActions } from '../../components/FormActions.tsx'

/** The inline form. */
export function ResourceEditForm({ resource, onDone }: { resource: Resource; onDone(): void }) {
  const [fields, setFields] = useState({
    name: resource.name ?? '',
    description: resource.description ?? '',
    format: resource.format ?? '',
    url: resource.url_type === 'upload' ? '' : resource.url ?? '',
  })
  const [errors, setErrors] = useState<Record<string, unknown>>({})
  const save = async () => {
    const patch: Record<string, string> = { name: fields.name, description: fields.description, format: fields.format }
    if (resource.url_type !== 'upload') patch.url = fields.url
    try {
      await call('resource_patch', { id: resource.id, ...patch })
      await reloadDataset()
      onDone()
    } catch (error) {
      const failure = asFailure(error)
      setErrors({ ...fieldErrors(failure), ...(failure.error.__type !== 'Validation Error' ? { message: failure.message } : {}) })
    }
  }
  const input = (key: keyof typeof fields, label: string) => (
    <Field label={label} name={key} error={errors[key]}>
      {(props) => <input {...props} value={fields[key]} onChange={(e) => setFields({ ...fields, [key]: e.target.value })} />}
    </Field>
  )
  return (
    <form className="resource-edit" onSubmit={(event) => (event.preventDefault(), void save())}>
      {typeof errors.message === 'string' && <div className="banner banner-error">{errors.message}</div>}
      {input('name', 'Name')}
      {input('format', 'Format')}
      {resource.url_type !== 'upload' && input('url', 'URL')}
      <Field label="Description" name="description" error={errors.description}>
        {(props) => <textarea {...props} rows={3} value={fields.description} onChange={(e) => setFields({ ...fields, description: e.target.value })} />}
      </Field>
      <FormActions submit="Save resource" onCancel={onDone} />
    </form>
  )
}
