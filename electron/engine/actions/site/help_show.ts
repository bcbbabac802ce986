/** CKAN's help_show: an action's documentation. */
import { defineAction, anyone } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
// The registry imports this file too; it is only read inside run(), after every module has loaded.
import { registry } from '../../registry.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

export const help_show = defineAction('help_show', {
  readOnly: true,
  auth: anyone,
  help: `Return the documentation text of an action.

    :param name: the action's name, e.g. "package_show"
    :type name: string

    :returns: the action's help text; an unknown name gives a Not Found error
    :rtype: string
    `,
  run(_ctx, params) {
    getOrBust(params, 'name')
    const action = typeof params.name === 'string' ? registry.get(params.name) : undefined
    if (!action) throw new NotFound('Action function not found')
    return action.help || null
  },
})
