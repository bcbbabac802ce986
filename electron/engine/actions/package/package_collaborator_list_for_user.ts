/** CKAN's package_collaborator_list_for_user. */
import { requireUser } from '../../auth/roles.ts'
import { isSysadmin } from '../../context.ts'
import { collaborationRows } from '../../collaborators/store.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { NotAuthorized } from '../../errors.ts'
import { findUser } from '../../users/store.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { capacityFilter, requireCollaboratorsEnabled } from './collaborators.ts'

export const package_collaborator_list_for_user = defineAction('package_collaborator_list_for_user', {
  readOnly: true,
  // Mirrors CKAN: the setting is checked before its auth rule (the user themselves, or a sysadmin).
  auth: anyone,
  help: `List the datasets a user collaborates on.

    Needs ckan.auth.allow_dataset_collaborators (off by default: "Dataset
    collaborators not enabled"). Users may list their own; sysadmins
    anyone's.

    :param id: id or name of the user
    :type id: string
    :param capacity: only collaborations in this capacity (optional)
    :type capacity: string

    :returns: the datasets: package_id, capacity, modified
    :rtype: list of dictionaries
    `,
  run(ctx, params) {
    getOrBust(params, 'id')
    requireCollaboratorsEnabled(ctx)
    requireUser(ctx, 'package_collaborator_list_for_user') // its auth function admits no anonymous caller
    const own = ctx.user !== null && (params.id === ctx.user.name || params.id === ctx.user.id)
    if (!own && !isSysadmin(ctx)) throw new NotAuthorized('')
    const user = findUser(ctx.db, params.id)
    // CKAN refuses (rather than 404s) a user it cannot find, even for a sysadmin.
    if (!user) throw new NotAuthorized('Not allowed to retrieve collaborators')
    return collaborationRows(ctx.db, { userId: user.id }, capacityFilter(ctx, params.capacity)).map(({ package_id, capacity, modified }) => ({
      package_id,
      capacity,
      modified,
    }))
  },
})
