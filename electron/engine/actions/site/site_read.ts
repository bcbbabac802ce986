/** CKAN's site_read: whether the caller may read the site (always). */
import { defineAction, anyone } from '../../define-action.ts'

export const site_read = defineAction('site_read', {
  readOnly: true,
  auth: anyone,
  help: `Report whether the caller may read the site, which is always true.

    :rtype: bool
    `,
  run: () => true,
})
