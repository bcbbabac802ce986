/**
 * CKAN's bulk_update_private, bulk_update_public and bulk_update_delete: an
 * organization admin's batch change to the organization's datasets (CKAN's
 * "bulk process" page). As CKAN 2.10 writes them, each dataset's row changes
 * directly: no validation, metadata_modified untouched, group memberships left
 * as they are even by a delete. Unlike CKAN 2.10 each change records its
 * dataset activity, which is how sync knows to push it.
 */
import { hasCapacity, requireUser } from '../../auth/roles.ts'
import type { Context } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { defineAction, type ActionDefinition } from '../../define-action.ts'
import { NotAuthorized } from '../../errors.ts'
import { findGroupRow } from '../../groups/store.ts'
import { setVisibility, setDeletedState } from '../../packages/package-state.ts'
import type { PackageRow } from '../../packages/store.ts'

type BulkChange = 'private' | 'public' | 'delete'

const outcome: Record<BulkChange, string> = {
  private: 'private: visible only to members of the organization',
  public: 'public: visible to everyone',
  delete: 'deleted (their files and memberships stay; dataset_purge erases a dataset)',
}

function declareBulkUpdate(change: BulkChange): ActionDefinition {
  const name = `bulk_update_${change}`
  return defineAction(name, {
    auth(ctx, params) {
      requireUser(ctx, name)
      // CKAN asks for the 'update' permission on the organization, which only its admins hold.
      const org = findGroupRow(ctx.db, params.org_id)
      if (!hasCapacity(ctx, org?.id, 'admin')) throw new NotAuthorized()
    },
    help: `Make many datasets of one organization ${outcome[change]}.

Datasets that do not belong to the organization are left alone, and so are
ids that match no dataset. Their metadata_modified keeps its value. The
caller must be an admin of the organization.

:param datasets: ids of the datasets
:type datasets: list of strings
:param org_id: id (or name, a Shelfmark addition) of the organization
    owning them
:type org_id: string

:returns: null`,
    run(ctx, params) {
      const org = findGroupRow(ctx.db, params.org_id)
      if (!org) return null
      for (const row of ownedRows(ctx, org.id, params.datasets)) {
        if (change === 'delete') setDeletedState(ctx, row)
        else setVisibility(ctx, row, change === 'private')
      }
      return null
    },
  })
}

/** The rows of the listed datasets that the organization owns, by id as CKAN matches them. */
function ownedRows(ctx: Context, orgId: string, datasets: unknown): PackageRow[] {
  // A single id (a GET query parameter given once) is a list of one, as elsewhere in Shelfmark.
  const ids = (Array.isArray(datasets) ? datasets : datasets === undefined ? [] : [datasets]).filter((id) => typeof id === 'string')
  return sql(ctx.db, 'SELECT * FROM packages WHERE owner_org = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY rowid')
    .all(orgId, JSON.stringify(ids)) as PackageRow[]
}

export const bulk_update_private = declareBulkUpdate('private')
export const bulk_update_public = declareBulkUpdate('public')
export const bulk_update_delete = declareBulkUpdate('delete')
