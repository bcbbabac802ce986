/** CKAN's package_collaborator_list_for_user, as a default CKAN 2.10 answers it (collaborators disabled). */
import { anyone, defineAction } from '../../define-action.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { collaboratorsNotEnabled } from './collaborators.ts'

export const package_collaborator_list_for_user = defineAction('package_collaborator_list_for_user', {
  readOnly: true,
  // Mirrors CKAN: the setting is checked before its auth rule (the user themselves, or a sysadmin), which is never reached.
  auth: anyone,
  help: `List the datasets a user collaborates on.

    Shelfmark answers as a CKAN site with dataset collaborators turned off
    (CKAN's default): any call naming a user is refused with "Dataset
    collaborators not enabled".

    :param id: id or name of the user
    :type id: string
    :param capacity: only datasets where the user has this capacity
        (optional)
    :type capacity: string
    `,
  run(_ctx, params) {
    getOrBust(params, 'id')
    collaboratorsNotEnabled()
  },
})
