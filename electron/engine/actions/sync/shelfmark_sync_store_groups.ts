/** shelfmark_sync_store_groups: a pull job's step creating (or mapping) the organizations and groups a page needs. */
import type { Context } from '../../context.ts'
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { IntegrityError } from '../../errors.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { groupLinks, saveGroupLink } from '../../../sync/links.ts'
import { isDict, type Dict } from '../../../sync/normalize.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** Keys a group dict carries that the server computes; never sent to organization_create. */
const computed = new Set([
  'display_name', 'image_display_url', 'package_count', 'num_followers', 'member_count', 'users', 'packages',
  'groups', 'tags', 'created', 'revision_id', 'state', 'approval_status', 'is_organization',
])

/** shelfmark_sync_store_groups: a pull job's step creating (or mapping) the organizations and groups a page needs. */
export const shelfmark_sync_store_groups = defineAction('shelfmark_sync_store_groups', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe] },
  help: `Internal step of a pull job: maps each remote organization or group
    to a local one with the same id or name, creating it (with the remote's
    id, fields and extras) when there is none.
    `,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    if (!Array.isArray(data.groups) || !data.groups.every(isDict)) throw new IntegrityError('groups must be a list of dicts')
    const links = groupLinks(ctx.db, remote.id)
    const mapped: Record<string, string> = {}
    for (const group of data.groups) {
      if (typeof group.id !== 'string' || typeof group.name !== 'string' || links.localOf(group.id)) continue
      const isOrganization = group.is_organization === true
      const localId = existingLocal(ctx, group, isOrganization) ?? createLocal(ctx, group, isOrganization)
      if (!localId) continue
      saveGroupLink(ctx.db, remote.id, localId, { id: group.id, name: group.name, is_organization: isOrganization })
      mapped[group.id] = localId
    }
    return mapped
  },
})

function existingLocal(ctx: Context, group: Dict, isOrganization: boolean): string | undefined {
  const row = (sql(ctx.db, 'SELECT id, is_organization FROM groups WHERE id = ?').get(group.id) ??
    sql(ctx.db, 'SELECT id, is_organization FROM groups WHERE name = ?').get(group.name)) as { id: string; is_organization: number } | undefined
  return row && row.is_organization === (isOrganization ? 1 : 0) ? row.id : undefined
}

/** Creates the local copy; falls back to the bare essentials when the portal's extras are refused. */
function createLocal(ctx: Context, group: Dict, isOrganization: boolean): string | undefined {
  const action = isOrganization ? 'organization_create' : 'group_create'
  const full: Dict = {}
  for (const [key, value] of Object.entries(group)) if (!computed.has(key) && value !== null) full[key] = value
  for (const attempt of [full, { id: group.id, name: group.name, title: group.title ?? group.name }]) {
    try {
      const created = ctx.db.transaction(() => ctx.call(action, attempt) as Dict)()
      return String(created.id)
    } catch {
      // try the next, smaller form
    }
  }
  return undefined
}
