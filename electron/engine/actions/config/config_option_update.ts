/** CKAN's config_option_update: change some of the site's editable options. */
import { requireSysadmin, requireUser } from '../../auth/roles.ts'
import { editableOptions, saveConfigOption } from '../../config-options.ts'
import { defineAction } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'
import { storeImageUpload, takeImageUpload } from '../../files/image-upload.ts'
import { validateOrThrow } from '../../validate/navl.ts'

/** CKAN's Upload('admin').update_data_dict(data, 'ckan.site_logo', 'logo_upload', 'clear_logo_upload'). */
const logoFields = { folder: 'admin', urlField: 'ckan.site_logo', fileField: 'logo_upload', clearField: 'clear_logo_upload' } as const

export const config_option_update = defineAction('config_option_update', {
  acceptsFiles: 'images', // logo_upload
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
    under /uploads/admin/, as CKAN stores an uploaded logo's name. A
    PNG, GIF or JPEG file sent as logo_upload (multipart, at most
    ckan.max_image_size MB) becomes the logo: its stored name is
    returned as ckan.site_logo and /uploads/admin/<name> is stored.

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
    // Mirrors CKAN: the logo is taken and checked, and its size too, before the options are validated.
    storeImageUpload(ctx, takeImageUpload(ctx, request, logoFields))
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
