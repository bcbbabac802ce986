/**
 * Dataset changes that do not go through package_update and so keep
 * metadata_modified (CKAN 2.9+): package_delete, package_owner_org_update and
 * the bulk_update_* actions. Each rewrites the stored dict, records the
 * activity and reindexes.
 */
import type { Context } from '../context.ts'
import { dropCollaborators } from '../collaborators/store.ts'
import { packJsonText } from '../db/packed-json.ts'
import { sql } from '../db/statements.ts'
import { storedDict, type PackageDict, type PackageRow } from './store.ts'
import { afterWrite } from './write-package.ts'

/** package_delete: state `deleted`, group memberships removed. */
export function deletePackage(ctx: Context, row: PackageRow): void {
  sql(ctx.db, "UPDATE members SET state = 'deleted' WHERE table_name = 'package' AND table_id = ?").run(row.id)
  // Mirrors CKAN 2.10's package_delete: the dataset's collaborators go for good.
  dropCollaborators(ctx.db, { packageId: row.id })
  rewrite(ctx, row, 'deleted package', (dict) => {
    dict.state = 'deleted'
  })
}

/** package_owner_org_update: the dataset moves to `orgId` (or becomes unowned with null). */
export function moveToOrganization(ctx: Context, row: PackageRow, orgId: string | null): void {
  rewrite(ctx, row, 'changed package', (dict) => {
    dict.owner_org = orgId
  })
}

/** bulk_update_private / _public: the private flag alone changes. */
export function setVisibility(ctx: Context, row: PackageRow, isPrivate: boolean): void {
  if (Boolean(row.private) === isPrivate) return
  rewrite(ctx, row, 'changed package', (dict) => {
    dict.private = isPrivate
  })
}

/** bulk_update_delete: state `deleted`, memberships kept (CKAN 2.10 writes the state alone). */
export function setDeletedState(ctx: Context, row: PackageRow): void {
  if (row.state === 'deleted') return
  rewrite(ctx, row, 'deleted package', (dict) => {
    dict.state = 'deleted'
  })
}

function rewrite(ctx: Context, row: PackageRow, activityType: string, change: (dict: PackageDict) => void): void {
  const dict = storedDict(row)
  change(dict)
  const saved: PackageRow = {
    ...row,
    state: String(dict.state),
    private: dict.private ? 1 : 0,
    owner_org: (dict.owner_org as string | null) ?? null,
    data: packJsonText(JSON.stringify(dict)),
  }
  sql(ctx.db, 'UPDATE packages SET state = @state, private = @private, owner_org = @owner_org, data = @data WHERE id = @id').run(saved)
  afterWrite(ctx, { row: saved, stored: dict }, activityType)
}
