/** CKAN's config_option_list: the keys config_option_update accepts. */
import { requireSysadmin } from '../../auth/roles.ts'
import { editableOptions } from '../../config-options.ts'
import { defineAction } from '../../define-action.ts'

export const config_option_list = defineAction('config_option_list', {
  readOnly: true,
  // Mirrors CKAN: sysadmins only, everyone else (anonymous too) gets a bare "Access denied".
  auth: (ctx) => requireSysadmin(ctx),
  help: `List the site options a sysadmin may change while the site runs.

    These are the keys config_option_show reads and config_option_update
    sets. Only sysadmins may ask.

    :returns: the option keys
    :rtype: list of strings
    `,
  run: () => Object.keys(editableOptions),
})
