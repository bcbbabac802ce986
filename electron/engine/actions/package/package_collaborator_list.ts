/** CKAN's package_collaborator_list. */
import { requireUser } from '../../auth/roles.ts'
import { collaborationRows } from '../../collaborators/store.ts'
import { defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { findPackageRow } from '../../packages/store.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { capacityFilter, requireCollaboratorsEnabled, requireManageCollaborators } from './collaborators.ts'

export const package_collaborator_list = defineAction('package_collaborator_list', {
  readOnly: true,
  auth(ctx, params) {
    // Mirrors CKAN's order: the dataset is looked up before the auth rule.
    getOrBust(params, 'id')
    findPackageRow(ctx.db, params.id) ?? notFound('Package not found')
    // Its auth function admits no anonymous caller (no auth_allow_anonymous_access).
    requireUser(ctx, 'package_collaborator_list')
    requireManageCollaborators(ctx, params.id, 'list collaborators from this dataset', 'Package not found')
  },
  help: `List the collaborators of one dataset.

    Needs ckan.auth.allow_dataset_collaborators (off by default: "Dataset
    collaborators not enabled"). Admins of the dataset's organization,
    admin collaborators and sysadmins may call it.

    :param id: id or name of the dataset
    :type id: string
    :param capacity: only collaborators in this capacity (optional)
    :type capacity: string

    :returns: the collaborators: package_id, user_id, capacity, modified
    :rtype: list of dictionaries
    `,
  run(ctx, params) {
    requireCollaboratorsEnabled(ctx)
    const pkg = findPackageRow(ctx.db, params.id) ?? notFound('Package not found')
    return collaborationRows(ctx.db, { packageId: pkg.id }, capacityFilter(ctx, params.capacity))
  },
})
