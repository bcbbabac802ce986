import { anyone, defineAction } from '../../define-action.ts'
import { requireMemberEdit, resolveMember, saveMembership } from '../../groups/membership.ts'
import { notMissing } from '../../validate/validators.ts'

/**
 * Makes a user, dataset, group or tag a member of a group (an upsert).
 *
 * Mirrors CKAN's member_create: required keys first, then the lookups (404),
 * then auth, so the checks live in the handler in that order.
 */
export const member_create = defineAction('member_create', {
  auth: anyone,
  schema: { id: [notMissing], object: [notMissing], object_type: [notMissing], capacity: [notMissing] },
  help: `Attach a user, dataset, group or tag to a group with a capacity; repeating the call changes the capacity.

Adding or changing members needs admin rights on the group (or a sysadmin). The exception is datasets in a group (not an organization): any member of that group may add them. An admin cannot lower their own capacity.

:param id: id or name of the group or organization that receives the member
:type id: string
:param object: id or name of the user, dataset, group or tag being added (a
    tag by name is a free tag, outside any vocabulary)
:type object: string
:param object_type: \`\`"user"\`\`, \`\`"package"\`\`, \`\`"group"\`\` or \`\`"tag"\`\`
:type object_type: string
:param capacity: what to record, e.g. \`\`"editor"\`\` for a user or \`\`"public"\`\` for a dataset
:type capacity: string

:returns: the membership record (\`\`id\`\`, \`\`group_id\`\`, \`\`table_name\`\`, \`\`table_id\`\`, \`\`capacity\`\`, \`\`state\`\`)
:rtype: dictionary`,
  run(ctx, params) {
    const { group, type, objectId } = resolveMember(ctx, params)
    requireMemberEdit(ctx, 'member_create', group, type)
    return saveMembership(ctx, group, type, objectId, String(params.capacity))
  },
})
