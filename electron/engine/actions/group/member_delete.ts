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
  help: `Detach a user, dataset, group or tag from a group.

The permission rule is that of member_create. If the object was not a member, nothing changes.

:param id: id or name of the group or organization
:type id: string
:param object: id or name of the user, dataset, group or tag to detach
:type object: string
:param object_type: \`\`"user"\`\`, \`\`"package"\`\`, \`\`"group"\`\` or \`\`"tag"\`\`
:type object_type: string`,
  run(ctx, params) {
    const { group, type, objectId } = resolveMember(ctx, params)
    requireMemberEdit(ctx, 'member_delete', group, type)
    dropMembership(ctx, group, type, objectId)
    return null
  },
})
