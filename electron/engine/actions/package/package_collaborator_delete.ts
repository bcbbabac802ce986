/** CKAN's package_collaborator_delete. */
import { requireUser } from '../../auth/roles.ts'
import { removeCollaborator } from '../../collaborators/store.ts'
import { defineAction } from '../../define-action.ts'
import { NotFound, notFound } from '../../errors.ts'
import { findPackageRow } from '../../packages/store.ts'
import { findUser } from '../../users/store.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { requireCollaboratorsEnabled, requireManageCollaborators } from './collaborators.ts'

export const package_collaborator_delete = defineAction('package_collaborator_delete', {
  auth(ctx, params) {
    getOrBust(params, 'id', 'user_id')
    requireUser(ctx, 'package_collaborator_delete')
    requireManageCollaborators(ctx, params.id, 'remove collaborators from this dataset', 'Package not found')
  },
  help: `Take a user's collaborator rights on one dataset away.

    Needs ckan.auth.allow_dataset_collaborators (off by default: "Dataset
    collaborators not enabled"). Admins of the dataset's organization,
    admin collaborators and sysadmins may call it.

    :param id: id or name of the dataset
    :type id: string
    :param user_id: id or name of the user
    :type user_id: string

    :returns: null
    `,
  run(ctx, params) {
    // Mirrors CKAN: the setting is checked before the dataset and the user are looked up.
    requireCollaboratorsEnabled(ctx)
    const pkg = findPackageRow(ctx.db, params.id) ?? notFound('Package not found')
    const user = findUser(ctx.db, params.user_id) ?? notFound('User not found')
    if (!removeCollaborator(ctx.db, pkg.id, user.id)) {
      throw new NotFound(`User ${String(params.user_id)} is not a collaborator on this package`)
    }
    return null
  },
})
