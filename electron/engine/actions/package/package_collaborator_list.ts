/** CKAN's package_collaborator_list, as a default CKAN 2.10 answers it (collaborators disabled). */
import { defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { findPackageRow } from '../../packages/store.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { collaboratorsNotEnabled, requireManageCollaborators } from './collaborators.ts'

export const package_collaborator_list = defineAction('package_collaborator_list', {
  readOnly: true,
  auth(ctx, params) {
    // Mirrors CKAN's order: the dataset is looked up before the auth rule.
    getOrBust(params, 'id')
    findPackageRow(ctx.db, params.id) ?? notFound('Package not found')
    requireManageCollaborators(ctx, params.id, 'list collaborators from this dataset', 'Package not found')
  },
  help: `List the collaborators of one dataset.

    Shelfmark answers as a CKAN site with dataset collaborators turned off
    (CKAN's default): for an admin of the dataset's organization or a
    sysadmin, the call is refused with "Dataset collaborators not enabled".

    :param id: id or name of the dataset
    :type id: string
    :param capacity: only collaborators with this capacity (optional)
    :type capacity: string
    `,
  run() {
    collaboratorsNotEnabled()
  },
})
