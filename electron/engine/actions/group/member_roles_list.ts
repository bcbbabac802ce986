import { anyone, defineAction } from '../../define-action.ts'

/** CKAN's authz.roles_list(), in its order. */
const roles = [
  { text: 'Admin', value: 'admin' },
  { text: 'Editor', value: 'editor' },
  { text: 'Member', value: 'member' },
]

/** The roles a member can have in an organization (or, without editor, a group). */
export const member_roles_list = defineAction('member_roles_list', {
  readOnly: true,
  auth: anyone,
  help: `List the roles a user can be given in an organization or a group.

Anyone may call this. Groups have no editor role, so it is missing from the answer for \`\`"group"\`\`.

:param group_type: \`\`"organization"\`\` or \`\`"group"\`\` (optional, default \`\`"organization"\`\`)
:type group_type: string

:returns: one entry per role, with \`\`value\`\` (the stored name, e.g. \`\`"admin"\`\`) and \`\`text\`\` (its label, e.g. \`\`"Admin"\`\`)
:rtype: list of dictionaries`,
  run(_ctx, params) {
    const groupType = params.group_type ?? 'organization'
    return roles.filter((role) => groupType !== 'group' || role.value !== 'editor').map((role) => ({ ...role }))
  },
})
