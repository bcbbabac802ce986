/** CKAN's license_list: the licenses datasets may name. */
import { defineAction, anyone } from '../../define-action.ts'
import { licenses } from '../../licenses.ts'

export const license_list = defineAction('license_list', {
  readOnly: true,
  auth: anyone,
  help: `List the licenses that a dataset's license_id may refer to.

    Each license has its id, title, url, status, maintainer, family and
    conformance details; its yes/no flags are the strings "True" and "False".

    :rtype: list of dictionaries
    `,
  run: () => licenses.map((license) => ({ ...license })),
})
