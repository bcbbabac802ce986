import { defineAction } from '../../define-action.ts'
import { fieldsHelp, makeCreate, membersHelp } from './make-create.ts'

/** Creates an organization; the caller becomes its admin. */
export const organization_create = defineAction(
  'organization_create',
  makeCreate(
    true,
    `Add an organization to the site; the caller becomes one of its admins.

Any logged-in user may do this while ckan.auth.user_create_organizations is on (the default); otherwise only sysadmins can. Top-level keys that are not standard organization fields are stored as custom fields and returned as sent.

${fieldsHelp('organization')}:param type: the organization's type (optional, default \`\`"organization"\`\`)
:type type: string
${membersHelp()}
:returns: the new organization, shaped as organization_show returns it
:rtype: dictionary`,
  ),
)
