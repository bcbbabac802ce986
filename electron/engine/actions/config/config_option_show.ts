/** CKAN's config_option_show: the current value of one editable option. */
import { requireSysadmin } from '../../auth/roles.ts'
import { configOptionValue, isEditableOption } from '../../config-options.ts'
import { defineAction } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

export const config_option_show = defineAction('config_option_show', {
  readOnly: true,
  // Mirrors CKAN: the sysadmin check comes before the key is looked at.
  auth: (ctx) => requireSysadmin(ctx),
  help: `Show the current value of one option config_option_list names.

    A value changed with config_option_update is shown as stored; an option
    never changed shows the site's setting or CKAN's default. Only sysadmins
    may ask.

    :param key: the option, e.g. "ckan.site_title"
    :type key: string

    :returns: the value (null for the logo upload fields)
    `,
  run(ctx, params) {
    getOrBust(params, 'key')
    const key = params.key
    if (!isEditableOption(key)) {
      throw new ValidationError({ message: `Configuration option '${String(key)}' can not be shown` })
    }
    return configOptionValue(ctx, key)
  },
})
