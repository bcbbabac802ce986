/** Adds a link resource (a URL, no file) with resource_create. */
import { useState } from 'react'
import { Field } from '../../components/Field.tsx'
import { asFailure, call, failureText, fieldErrors } from '../../lib/call.ts'
import { reloadDataset } from '../../stores/draft.ts'
import { FormActions } from '../../components/FormActions.tsx'

/** The add-link form. */
export function UrlResourceForm({ packageId, onDone }: { packageId: string; onDone(): void }) {
  const [fields, setFields] = useState({ name: '', url: '', format: '' })
  const [errors, setErrors] = useState<Record<string, unknown>>({})
  const [message, setMessage] = useState<string | null>(null)
  const save = async () => {
    try {
      await call('resource_create', { package_id: packageId, ...fields })
      await reloadDataset()
      onDone()
    } catch (error) {
      const failure = asFailure(error)
      setErrors(fieldErrors(failure))
      setMessage(failure.error.__type === 'Validation Error' ? null : failureText(failure))
    }
  }
  return (
    <form className="resource-edit" onSubmit={(event) => (event.preventDefault(), void save())}>
      {message && <div className="banner banner-error">{message}</div>}
      {(['url', 'name', 'format'] as const).map((key) => (
        <Field key={key} label={key === 'url' ? 'URL' : key[0].toUpperCase() + key.slice(1)} name={key} error={errors[key]}>
          {(props) => (
            <input {...props} type={key === 'url' ? 'url' : 'text'} value={fields[key]} autoFocus={key === 'url'} onChange={(e) => setFields({ ...fields, [key]: e.target.value })} />
          )}
        </Field>
      ))}
      <FormActions submit="Add link" onCancel={onDone} />
    </form>
  )
}
