/** CKAN's config_option_update: change some of the site's editable options. */
import { requireSysadmin, requireUser } from '../../auth/roles.ts'
import { editableOptions, saveConfigOption } from '../../config-options.ts'
import { defineAction } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'
import { validateOrThrow } from '../../validate/navl.ts'

/** The fields CKAN's image uploader takes out of the request before validation. */
const uploadFields = ['logo_upload', 'clear_logo_upload']

export const config_option_update = defineAction('config_option_update', {
  auth(ctx) {
    requireUser(ctx, 'config_option_update')
    requireSysadmin(ctx)
  },
  help: `Change site options while the site runs; only sysadmins may.

    Send any of the keys config_option_list names with their new values,
    e.g. {"ckan.site_title": "River data"}. A key outside that list fails
    the whole call. Values are stored as text, except
    ckan.homepage_style, a positive integer. status_show reports the new
    ckan.site_title, ckan.site_description and ckan.site_url. A
    ckan.site_logo that is neither a URL nor an absolute path is stored
    under /uploads/admin/, as CKAN stores an uploaded logo's name; logo
    files themselves are not accepted.

    :returns: the options set, as validated
    :rtype: dictionary
    `,
  run(ctx, params) {
    const unknown = Object.keys(params).filter((key) => !Object.hasOwn(editableOptions, key))
    if (unknown.length) {
      // CKAN joins the keys of a Python set; ours keep the request's order.
      throw new ValidationError({ message: `Configuration option(s) '${unknown.join(' ')}' can not be updated` })
    }
    const request = { ...params }
    for (const field of uploadFields) delete request[field]
    const data = validateOrThrow(editableOptions, request, ctx)
    for (const [key, value] of Object.entries(data)) {
      // Mirrors CKAN: a logo given as a bare file name is served from the admin upload folder.
      const stored =
        key === 'ckan.site_logo' && typeof value === 'string' && value && !value.startsWith('http') && !value.startsWith('/')
          ? `/uploads/admin/${value}`
          : value
      saveConfigOption(ctx, key, stored)
    }
    return data
  },
})
