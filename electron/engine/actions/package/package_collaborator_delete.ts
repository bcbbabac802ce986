/** CKAN's package_collaborator_delete, as a default CKAN 2.10 answers it (collaborators disabled). */
import { requireUser } from '../../auth/roles.ts'
import { defineAction } from '../../define-action.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { collaboratorsNotEnabled, requireManageCollaborators } from './collaborators.ts'

export const package_collaborator_delete = defineAction('package_collaborator_delete', {
  auth(ctx, params) {
    getOrBust(params, 'id', 'user_id')
    requireUser(ctx, 'package_collaborator_delete')
    requireManageCollaborators(ctx, params.id, 'remove collaborators from this dataset', 'Package not found')
  },
  help: `Take a user's collaborator rights on one dataset away.

    Shelfmark answers as a CKAN site with dataset collaborators turned off
    (CKAN's default): the call is refused with "Dataset collaborators not
    enabled" once the caller is known to be an admin of the dataset's
    organization or a sysadmin.

    :param id: id or name of the dataset
    :type id: string
    :param user_id: id or name of the user
    :type user_id: string
    `,
  run() {
    // Mirrors CKAN: the setting is checked before the dataset and the user are looked up.
    collaboratorsNotEnabled()
  },
})
