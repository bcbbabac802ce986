/** CKAN's license_list: the licenses datasets may name. */
import { defineAction, anyone } from '../../define-action.ts'
import { licenses } from '../../licenses.ts'

export const license_list = defineAction('license_list', {
  readOnly: true,
  auth: anyone,
  help: `Return the list of licenses available for datasets on the site.

    :rtype: list of dictionaries
    `,
  run: () => licenses.map((license) => ({ ...license })),
})
