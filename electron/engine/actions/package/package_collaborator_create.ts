/** CKAN's package_collaborator_create. */
import { requireUser } from '../../auth/roles.ts'
import { saveCollaborator } from '../../collaborators/store.ts'
import { defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { findPackageRow } from '../../packages/store.ts'
import { findUser } from '../../users/store.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { requireCollaboratorCapacity, requireCollaboratorsEnabled, requireManageCollaborators } from './collaborators.ts'

export const package_collaborator_create = defineAction('package_collaborator_create', {
  auth(ctx, params) {
    // Mirrors CKAN's order: required keys, the capacity, then the auth rule.
    getOrBust(params, 'id', 'user_id', 'capacity')
    requireCollaboratorCapacity(ctx, params.capacity)
    requireUser(ctx, 'package_collaborator_create')
    requireManageCollaborators(ctx, params.id, 'add collaborators to this dataset', 'Dataset not found')
  },
  help: `Make a user a collaborator on one dataset, or change their capacity.

    A collaborator reads the dataset even when it is private; an 'editor'
    (or 'admin') collaborator may also edit it, and an 'admin' manages its
    collaborators. Needs ckan.auth.allow_dataset_collaborators (off by
    default: "Dataset collaborators not enabled"); 'admin' needs
    ckan.auth.allow_admin_collaborators too. Admins of the dataset's
    organization, admin collaborators and sysadmins may call it.

    :param id: id or name of the dataset
    :type id: string
    :param user_id: id or name of the user
    :type user_id: string
    :param capacity: 'editor' or 'member' (or 'admin' where allowed)
    :type capacity: string

    :returns: the collaborator: package_id, user_id, capacity, modified
    :rtype: dictionary
    `,
  run(ctx, params) {
    const pkg = findPackageRow(ctx.db, params.id) ?? notFound('Dataset not found')
    const user = findUser(ctx.db, params.user_id) ?? notFound('User not found')
    requireCollaboratorsEnabled(ctx)
    return saveCollaborator(ctx.db, pkg.id, user.id, params.capacity as string)
  },
})
