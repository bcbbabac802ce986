/**
 * The sync_remotes table: a remote's row and its public dict. Tokens are not
 * here; they sit behind the secret store, looked up by the remote's name.
 */
import type { Sqlite } from '../engine/db/open.ts'
import { sql } from '../engine/db/statements.ts'
import { secretStoreFor, type SecretStore } from './secrets.ts'

/** A row of sync_remotes. */
export type RemoteRow = {
  id: string
  name: string
  url: string
  created: string
  checked: string | null
  ckan_version: string | null
  extensions: string
  capabilities: string
  remote_user: string | null
}

/** What a remote can do, as last seen (absent = not known yet, assumed present). */
export type Capabilities = { package_revise?: boolean; package_search?: boolean; search_fl?: boolean }

/** The remote with this name, or undefined. */
export function remoteByName(db: Sqlite, name: string): RemoteRow | undefined {
  return sql(db, 'SELECT * FROM sync_remotes WHERE name = ?').get(name) as RemoteRow | undefined
}

/** The remote with this id, or undefined. */
export function remoteById(db: Sqlite, id: string): RemoteRow | undefined {
  return sql(db, 'SELECT * FROM sync_remotes WHERE id = ?').get(id) as RemoteRow | undefined
}

/** Every remote, by name. */
export function listRemotes(db: Sqlite): RemoteRow[] {
  return sql(db, 'SELECT * FROM sync_remotes ORDER BY name').all() as RemoteRow[]
}

/** The remote's capabilities as last recorded. */
export function capabilitiesOf(remote: RemoteRow): Capabilities {
  return JSON.parse(remote.capabilities) as Capabilities
}

/** Records what a remote turned out to lack or have (e.g. package_revise refused). */
export function recordCapability(db: Sqlite, remoteId: string, patch: Capabilities): void {
  const row = remoteById(db, remoteId)
  if (!row) return
  sql(db, 'UPDATE sync_remotes SET capabilities = ? WHERE id = ?').run(JSON.stringify({ ...capabilitiesOf(row), ...patch }), remoteId)
}

/** The secret store for a catalog. */
export function secretsOf(db: Sqlite, dataDir: string | null): SecretStore {
  return secretStoreFor(dataDir, db)
}

/** A remote as the API shows it: never the token, only whether one is set and where it comes from. */
export function remoteDict(remote: RemoteRow, secrets: SecretStore): Record<string, unknown> {
  const hasToken = secrets.get(remote.name) !== undefined
  return {
    id: remote.id,
    name: remote.name,
    url: remote.url,
    created: remote.created,
    has_token: hasToken,
    token_store: hasToken ? ((secrets as { locate?: (key: string) => string | undefined }).locate?.(remote.name) ?? secrets.kind) : null,
    checked: remote.checked,
    ckan_version: remote.ckan_version,
    extensions: JSON.parse(remote.extensions),
    capabilities: capabilitiesOf(remote),
    remote_user: remote.remote_user,
  }
}
