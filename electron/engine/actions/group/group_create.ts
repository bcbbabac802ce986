import { defineAction } from '../../define-action.ts'
import { makeCreate } from './make-create.ts'

/** Creates a group; the caller becomes its admin. */
export const group_create = defineAction(
  'group_create',
  makeCreate(
    false,
    `Create a new group.

You must be authorized to create groups.

:param name: the name of the group, a string between 2 and 100 characters long, containing only lowercase alphanumeric characters, \`\`-\`\` and \`\`_\`\`
:type name: string
:param id: the id of the group (optional, sysadmins only)
:param title: the title of the group (optional)
:param description: the description of the group (optional)
:param image_url: the URL to an image to be displayed on the group's page (optional)
:param state: the current state of the group (optional, sysadmins only)
:param extras: the group's extras, a list of {key, value} dicts (optional)
:param packages: the datasets of the group, a list of {name} dicts (optional)
:param groups: the groups linked to the group, a list of {name, capacity} dicts (optional)
:param users: the users of the group, a list of {name, capacity} dicts (optional)

:returns: the newly created group
:rtype: dictionary`,
  ),
)
