/**
 * Remotes and sync: the connected portals (connect, check, pull, push,
 * remove), the local changes not yet pushed, conflicts to settle, and the
 * jobs with their progress. Nothing here runs unless the user asks.
 */
import { useEffect, useState } from 'react'
import { FailureBanner } from '../../components/Failure.tsx'
import { loadSyncOverview, useRemotesStore } from '../../stores/remotes.ts'
import { loadJobs } from '../../stores/sync-jobs.ts'
import { ConflictList } from './ConflictList.tsx'
import { ConnectRemoteForm } from './ConnectRemoteForm.tsx'
import { JobList } from './JobList.tsx'
import { LocalChanges } from './LocalChanges.tsx'
import { PushPreview } from './PushPreview.tsx'
import { RemoteCard } from './RemoteCard.tsx'
import { SecretStorageNotice } from './SecretStorageNotice.tsx'

/** The sync screen. */
export function SyncScreen() {
  const { remotes, conflicts, failure, plan } = useRemotesStore()
  const [connecting, setConnecting] = useState(false)
  useEffect(() => {
    void loadSyncOverview()
    void loadJobs()
  }, [])
  return (
    <div className="sync-screen">
      <header className="screen-header">
        <h1>Remotes &amp; sync</h1>
        <button type="button" className="primary" onClick={() => setConnecting(!connecting)} aria-expanded={connecting}>
          Connect a portal
        </button>
      </header>
      <SecretStorageNotice />
      <FailureBanner failure={failure} />
      {connecting && <ConnectRemoteForm onDone={() => setConnecting(false)} />}
      {remotes.length === 0 && !connecting && (
        <p className="empty-state">No portal connected. Connect a CKAN portal to pull its datasets and publish your changes.</p>
      )}
      <ul className="remote-list">
        {remotes.map((remote) => (
          <RemoteCard key={remote.id} remote={remote} />
        ))}
      </ul>
      {plan && <PushPreview />}
      {conflicts.length > 0 && <ConflictList />}
      {remotes.length > 0 && <LocalChanges />}
      <JobList />
    </div>
  )
}
