/** CKAN's package_collaborator_create, as a default CKAN 2.10 answers it (collaborators disabled). */
import { requireUser } from '../../auth/roles.ts'
import { defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { findPackageRow } from '../../packages/store.ts'
import { findUser } from '../../users/store.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { collaboratorsNotEnabled, requireCollaboratorCapacity, requireManageCollaborators } from './collaborators.ts'

export const package_collaborator_create = defineAction('package_collaborator_create', {
  auth(ctx, params) {
    // Mirrors CKAN's order: required keys, the capacity, then the auth rule.
    getOrBust(params, 'id', 'user_id', 'capacity')
    requireCollaboratorCapacity(params.capacity)
    requireUser(ctx, 'package_collaborator_create')
    requireManageCollaborators(ctx, params.id, 'add collaborators to this dataset', 'Dataset not found')
  },
  help: `Make a user a collaborator on one dataset.

    Shelfmark answers as a CKAN site with dataset collaborators turned off
    (CKAN's default): once the dataset and the user are found, the call is
    refused with "Dataset collaborators not enabled". Only admins of the
    dataset's organization and sysadmins get that far.

    :param id: id or name of the dataset
    :type id: string
    :param user_id: id or name of the user
    :type user_id: string
    :param capacity: 'editor' or 'member'
    :type capacity: string
    `,
  run(ctx, params) {
    findPackageRow(ctx.db, params.id) ?? notFound('Dataset not found')
    findUser(ctx.db, params.user_id) ?? notFound('User not found')
    collaboratorsNotEnabled()
  },
})
