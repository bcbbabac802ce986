import { defineAction } from '../../define-action.ts'
import { makeCreate } from './make-create.ts'

/** Creates an organization; the caller becomes its admin. */
export const organization_create = defineAction(
  'organization_create',
  makeCreate(
    true,
    `Create a new organization.

You must be authorized to create organizations.

:param name: the name of the organization, a string between 2 and 100 characters long, containing only lowercase alphanumeric characters, \`\`-\`\` and \`\`_\`\`
:type name: string
:param id: the id of the organization (optional, sysadmins only)
:param title: the title of the organization (optional)
:param description: the description of the organization (optional)
:param image_url: the URL to an image to be displayed on the organization's page (optional)
:param state: the current state of the organization (optional, sysadmins only)
:param extras: the organization's extras, a list of {key, value} dicts (optional)
:param users: the users of the organization, a list of {name, capacity} dicts (optional)

:returns: the newly created organization
:rtype: dictionary`,
  ),
)
