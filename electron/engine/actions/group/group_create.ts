import { defineAction } from '../../define-action.ts'
import { datasetsHelp, fieldsHelp, makeCreate, membersHelp } from './make-create.ts'

/** Creates a group; the caller becomes its admin. */
export const group_create = defineAction(
  'group_create',
  makeCreate(
    false,
    `Add a group to the site; the caller becomes one of its admins.

Any logged-in user may do this while ckan.auth.user_create_groups is on (the default); otherwise only sysadmins can. Top-level keys that are not standard group fields are stored as custom fields and returned as sent.

${fieldsHelp('group')}:param type: the group's type (optional, default \`\`"group"\`\`; \`\`"organization"\`\` is refused, use organization_create)
:type type: string
${membersHelp(datasetsHelp)}
:returns: the new group, shaped as group_show returns it
:rtype: dictionary`,
  ),
)
