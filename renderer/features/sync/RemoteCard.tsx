/** One connected portal: what the last check found, and its actions (pull, push, check, replace the token, remove). */
import { useState } from 'react'
import type { Remote } from '../../../shared/actions.ts'
import { formatTimestamp } from '../../components/format.ts'
import { checkRemote, loadPushPlan, removeRemote } from '../../stores/remotes.ts'
import { PullWizard } from './PullWizard.tsx'
import { ReplaceTokenForm } from './ReplaceTokenForm.tsx'

/** The card. */
export function RemoteCard({ remote }: { remote: Remote }) {
  const [pulling, setPulling] = useState(false)
  const [confirmRemove, setConfirmRemove] = useState(false)
  const [replacing, setReplacing] = useState(false)
  return (
    <li className="remote-card" data-remote={remote.name}>
      <div className="remote-head">
        <div>
          <h2>{remote.name}</h2>
          <a href={remote.url} target="_blank" rel="noopener noreferrer" className="muted">
            {remote.url}
          </a>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => setPulling(!pulling)} aria-expanded={pulling}>
            Pull…
          </button>
          <button type="button" onClick={() => void loadPushPlan(remote.name)}>
            Review &amp; push…
          </button>
          <button type="button" className="subtle" onClick={() => void checkRemote(remote.name)}>
            Check
          </button>
          <button type="button" className="subtle" onClick={() => setReplacing(!replacing)} aria-expanded={replacing}>
            Replace token…
          </button>
          {confirmRemove ? (
            <span className="confirm-inline">
              <button type="button" className="danger" onClick={() => void removeRemote(remote.name)}>
                Remove
              </button>
              <button type="button" onClick={() => setConfirmRemove(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" className="subtle" onClick={() => setConfirmRemove(true)}>
              Remove…
            </button>
          )}
        </div>
      </div>
      <dl className="remote-facts">
        <dt>CKAN</dt>
        <dd>{remote.ckan_version ?? 'unknown'}</dd>
        <dt>Signed in as</dt>
        <dd>{remote.remote_user ?? (remote.has_token ? 'token not verified' : 'anonymous (no token)')}</dd>
        <dt>Token</dt>
        <dd>{remote.has_token ? `stored (${remote.token_store})` : 'none'}</dd>
        <dt>Last checked</dt>
        <dd>{formatTimestamp(remote.checked)}</dd>
      </dl>
      {pulling && <PullWizard remote={remote.name} onDone={() => setPulling(false)} />}
      {replacing && <ReplaceTokenForm remote={remote.name} onDone={() => setReplacing(false)} />}
    </li>
  )
}
