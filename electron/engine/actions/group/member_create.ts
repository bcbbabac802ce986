import { anyone, defineAction } from '../../define-action.ts'
import { requireMemberEdit, resolveMember, saveMembership } from '../../groups/membership.ts'
import { notMissing } from '../../validate/validators.ts'

/**
 * Makes a user, dataset or group a member of a group (an upsert).
 *
 * Mirrors CKAN's member_create: required keys first, then the lookups (404),
 * then auth, so the checks live in the handler in that order.
 */
export const member_create = defineAction('member_create', {
  auth: anyone,
  schema: { id: [notMissing], object: [notMissing], object_type: [notMissing], capacity: [notMissing] },
  help: `Make an object (e.g. a user, dataset or group) a member of a group.

If the object is already a member of the group then the capacity of the
membership will be updated.

You must be authorized to edit the group.

:param id: the id or name of the group to add the object to
:type id: string
:param object: the id or name of the object to add
:type object: string
:param object_type: the type of the object being added, e.g. \`\`'package'\`\` or \`\`'user'\`\`
:type object_type: string
:param capacity: the capacity of the membership
:type capacity: string

:returns: the newly created (or updated) membership
:rtype: dictionary`,
  run(ctx, params) {
    const { group, type, objectId } = resolveMember(ctx, params)
    requireMemberEdit(ctx, 'member_create', group, type)
    return saveMembership(ctx, group, type, objectId, String(params.capacity))
  },
})
