import { requireSysadmin, requireUser } from '../../auth/roles.ts'
import { defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { findGroupRow } from '../../groups/store.ts'
import { moveToOrganization } from '../../packages/package-state.ts'
import { findPackageRow } from '../../packages/store.ts'

/** package_owner_org_update: moves a dataset to another organization (sysadmins only). */
export const package_owner_org_update = defineAction('package_owner_org_update', {
  auth: (ctx) => {
    requireUser(ctx, 'package_owner_org_update')
    requireSysadmin(ctx)
  },
  help: `Move a dataset to another organization; only sysadmins may do this.

The move does not change the dataset's metadata_modified date.

:param id: id or name of the dataset
:type id: string
:param organization_id: id or name of the new organization; empty or
    absent leaves the dataset without one
:type organization_id: string

:returns: null`,
  run(ctx, params) {
    const row = findPackageRow(ctx.db, params.id ?? '') ?? notFound('Package was not found.')
    let orgId: string | null = null
    if (params.organization_id) {
      const org = findGroupRow(ctx.db, String(params.organization_id))
      if (!org || org.is_organization !== 1) notFound('Organization was not found.')
      orgId = org.id
    }
    // Not through package_update: metadata_modified stays as it was (CKAN 2.9+, 074).
    moveToOrganization(ctx, row, orgId)
    return null
  },
})
