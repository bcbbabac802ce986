/** CKAN's help_show: an action's documentation. */
import { defineAction, anyone } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
// The registry imports this file too; it is only read inside run(), after every module has loaded.
import { registry } from '../../registry.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

export const help_show = defineAction('help_show', {
  readOnly: true,
  auth: anyone,
  help: `Return the help string for a particular API action.

    :param name: Action function name (eg \`user_create\`, \`package_search\`)
    :type name: string
    :returns: The help string for the action function, or None if the function
              does not have a docstring.
    :rtype: string

    :raises: :class:\`ckan.logic.NotFound\`: if the action function doesn't exist
    `,
  run(_ctx, params) {
    getOrBust(params, 'name')
    const action = typeof params.name === 'string' ? registry.get(params.name) : undefined
    if (!action) throw new NotFound('Action function not found')
    return action.help || null
  },
})
