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
  help: `Return the possible roles for members of groups and organizations.

:param group_type: the group type, either \`\`"group"\`\` or \`\`"organization"\`\` (optional, default \`\`"organization"\`\`)
:type group_type: string
:returns: a list of dictionaries each with two keys: \`\`"text"\`\` (the display name of the role, e.g. \`\`"Admin"\`\`) and \`\`"value"\`\` (the internal name of the role, e.g. \`\`"admin"\`\`)
:rtype: list of dictionaries`,
  run(_ctx, params) {
    const groupType = params.group_type ?? 'organization'
    return roles.filter((role) => groupType !== 'group' || role.value !== 'editor').map((role) => ({ ...role }))
  },
})
