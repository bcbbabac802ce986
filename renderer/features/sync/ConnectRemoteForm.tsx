/** Connects a CKAN portal: name, URL and token, checked against the portal before it is kept. */
import { useState } from 'react'
import { Field } from '../../components/Field.tsx'
import { slugOf } from '../../lib/draft-fields.ts'
import { connectRemote, useRemotesStore } from '../../stores/remotes.ts'
import { FormActions } from '../../components/FormActions.tsx'

/** The connect form. */
export function ConnectRemoteForm({ onDone }: { onDone(): void }) {
  const { errors, busy } = useRemotesStore()
  const [fields, setFields] = useState({ name: '', url: '', token: '' })
  const [nameTouched, setNameTouched] = useState(false)
  const setUrl = (url: string) => {
    let name = fields.name
    if (!nameTouched) {
      try {
        name = slugOf(new URL(url).hostname.replace(/^www\./, '').split('.')[0] ?? '')
      } catch {
        // not a URL yet: keep the name
      }
    }
    setFields({ ...fields, url, name })
  }
  return (
    <form
      className="group-form connect-form"
      onSubmit={async (event) => {
        event.preventDefault()
        if (await connectRemote(fields)) onDone()
      }}
    >
      <Field label="Portal URL" name="url" error={errors.url} hint="e.g. https://demo.ckan.org">
        {(props) => <input {...props} type="url" autoFocus value={fields.url} onChange={(e) => setUrl(e.target.value)} />}
      </Field>
      <Field label="Name" name="name" error={errors.name} hint="A short name for this portal.">
        {(props) => (
          <input
            {...props}
            value={fields.name}
            onChange={(e) => {
              setNameTouched(true)
              setFields({ ...fields, name: e.target.value })
            }}
          />
        )}
      </Field>
      <Field label="API token" name="token" error={errors.token} hint="From your user page on the portal. Optional for pulling public data.">
        {(props) => <input {...props} type="password" autoComplete="off" value={fields.token} onChange={(e) => setFields({ ...fields, token: e.target.value })} />}
      </Field>
      <FormActions submit={busy ? 'Checking the portal…' : 'Check and connect'} onCancel={onDone} disabled={busy || !fields.url || !fields.name} />
    </form>
  )
}
