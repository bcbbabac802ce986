/** Remotes and sync: connect portals, pull, review local changes, push, resolve conflicts. */

/** Placeholder until the sync actions exist in the engine. */
export function SyncScreen() {
  return (
    <div className="sync-screen">
      <header className="screen-header">
        <h1>Remotes &amp; sync</h1>
      </header>
      <p className="muted">Connecting to CKAN portals arrives with the sync engine.</p>
    </div>
  )
}
