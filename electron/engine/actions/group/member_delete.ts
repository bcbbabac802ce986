import { anyone, defineAction } from '../../define-action.ts'
import { dropMembership, requireMemberEdit, resolveMember } from '../../groups/membership.ts'
import { notMissing } from '../../validate/validators.ts'

/**
 * Removes an object from a group.
 *
 * Mirrors CKAN's member_delete: required keys, then the lookups (404), then
 * member_create's auth rule.
 */
export const member_delete = defineAction('member_delete', {
  auth: anyone,
  schema: { id: [notMissing], object: [notMissing], object_type: [notMissing] },
  help: `Remove an object (e.g. a user, dataset or group) from a group.

You must be authorized to edit a group to remove objects from it.

:param id: the id of the group
:type id: string
:param object: the id or name of the object to be removed
:type object: string
:param object_type: the type of the object to be removed, e.g. \`\`package\`\` or \`\`user\`\`
:type object_type: string`,
  run(ctx, params) {
    const { group, type, objectId } = resolveMember(ctx, params)
    requireMemberEdit(ctx, 'member_delete', group, type)
    dropMembership(ctx, group, type, objectId)
    return null
  },
})
