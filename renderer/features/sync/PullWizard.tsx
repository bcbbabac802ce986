/** Chooses what to pull: the whole site, some organizations, or a search query; optionally files. */
import { useState } from 'react'
import { startPull } from '../../stores/remotes.ts'
import { FormActions } from '../../components/FormActions.tsx'

type Scope = 'site' | 'organizations' | 'query'

/** The pull form for one remote. */
export function PullWizard({ remote, onDone }: { remote: string; onDone(): void }) {
  const [scope, setScope] = useState<Scope>('site')
  const [organizations, setOrganizations] = useState('')
  const [query, setQuery] = useState('')
  const [files, setFiles] = useState(false)
  const [full, setFull] = useState(false)
  const orgList = organizations.split(/[,\s]+/).filter(Boolean)
  const ready = scope === 'site' || (scope === 'organizations' && orgList.length > 0) || (scope === 'query' && query.trim() !== '')
  return (
    <form
      className="pull-wizard"
      onSubmit={async (event) => {
        event.preventDefault()
        const params = scope === 'organizations' ? { organizations: orgList } : scope === 'query' ? { q: query.trim() } : {}
        if (await startPull(remote, { ...params, files, ...(full ? { full } : {}) })) onDone()
      }}
    >
      <fieldset>
        <legend>Pull from {remote}</legend>
        <label className="check">
          <input type="radio" name="scope" checked={scope === 'site'} onChange={() => setScope('site')} /> The whole site
        </label>
        <label className="check">
          <input type="radio" name="scope" checked={scope === 'organizations'} onChange={() => setScope('organizations')} /> Only these
          organizations
        </label>
        {scope === 'organizations' && (
          <input aria-label="Organization names" placeholder="org-name, another-org" value={organizations} autoFocus onChange={(e) => setOrganizations(e.target.value)} />
        )}
        <label className="check">
          <input type="radio" name="scope" checked={scope === 'query'} onChange={() => setScope('query')} /> Datasets matching a search
        </label>
        {scope === 'query' && <input aria-label="Search query" placeholder="e.g. tags:water" value={query} autoFocus onChange={(e) => setQuery(e.target.value)} />}
        <label className="check">
          <input type="checkbox" checked={files} onChange={(e) => setFiles(e.target.checked)} /> Also download uploaded files (up to 1 GiB)
        </label>
        <label className="check">
          <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} /> Compare every dataset, not only those changed
          since the last pull (finds group, organization and visibility changes the portal made without a new timestamp; slower)
        </label>
      </fieldset>
      <FormActions submit="Start pull" onCancel={onDone} disabled={!ready} />
    </form>
  )
}
