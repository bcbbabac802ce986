/**
 * Replaces a remote's API token in place. Portals' tokens expire and get
 * revoked, and CKAN then runs every request as anonymous; removing and adding
 * the remote again would drop its links to the catalog's datasets.
 */
import { useState } from 'react'
import { replaceToken } from '../../stores/remotes.ts'
import { FormActions } from '../../components/FormActions.tsx'

/** The form, under a remote's card. */
export function ReplaceTokenForm({ remote, onDone }: { remote: string; onDone(): void }) {
  const [token, setToken] = useState('')
  const [busy, setBusy] = useState(false)
  return (
    <form
      className="pull-wizard"
      onSubmit={async (event) => {
        event.preventDefault()
        setBusy(true)
        const accepted = await replaceToken(remote, token)
        setBusy(false)
        if (accepted) onDone()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone()
      }}
    >
      <fieldset>
        <legend>New API token for {remote}</legend>
        <input
          type="password"
          aria-label="New API token"
          autoComplete="off"
          autoFocus
          value={token}
          onChange={(event) => setToken(event.target.value)}
        />
        <p className="hint">Create one on the portal under your user's API tokens. It is checked before the card closes.</p>
      </fieldset>
      <FormActions submit={busy ? 'Checking…' : 'Replace and check'} onCancel={onDone} disabled={busy || token.trim() === ''} />
    </form>
  )
}
