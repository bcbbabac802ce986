/**
 * CKAN's runtime-editable config options (config_option_list/_show/_update):
 * the keys of ckan/logic/schema.py's default_update_configuration_schema, in
 * its order, with its validators. An updated value is kept in the settings
 * table (CKAN's system_info) and read back in place of the default, as CKAN
 * reads system_info over its ini file; status_show reads the same values.
 */
import type { Context } from './context.ts'
import { sql } from './db/statements.ts'
import { Invalid, MISSING, StopAndDrop, type Schema, type Validator } from './validate/navl.ts'
import { positiveInteger, unicodeSafe } from './validate/validators.ts'

/** navl's ignore_missing as CKAN runs it: an absent or null value's key is dropped from the result. */
const ignoreMissing: Validator = (value) => {
  if (value === MISSING || value === null || value === undefined) throw new StopAndDrop()
  return value
}

/**
 * is_positive_integer as CKAN applies it here; a blank value, which CKAN's
 * int_validator turns into None and is_positive_integer then fails on with a
 * 500, is refused with the same message as zero.
 */
const homepageStyle: Validator = (value, field) => {
  const number = positiveInteger(value, field)
  if (typeof number !== 'number') throw new Invalid('Must be a positive integer')
  return number
}

/** The editable options and their validators (update_configuration_schema; no plugin adds any). */
export const editableOptions: Schema = {
  'ckan.site_title': [ignoreMissing, unicodeSafe],
  'ckan.site_logo': [ignoreMissing, unicodeSafe],
  'ckan.site_url': [ignoreMissing, unicodeSafe],
  'ckan.site_description': [ignoreMissing, unicodeSafe],
  'ckan.site_about': [ignoreMissing, unicodeSafe],
  'ckan.site_intro_text': [ignoreMissing, unicodeSafe],
  'ckan.site_custom_css': [ignoreMissing, unicodeSafe],
  'ckan.theme': [ignoreMissing, unicodeSafe],
  'ckan.homepage_style': [ignoreMissing, homepageStyle],
  logo_upload: [ignoreMissing, unicodeSafe],
  clear_logo_upload: [ignoreMissing, unicodeSafe],
}

/** True when `key` is one of the editable options. */
export function isEditableOption(key: unknown): key is string {
  return typeof key === 'string' && Object.hasOwn(editableOptions, key)
}

/**
 * An option's value before any update: our engine config for the site's
 * title, description and URL (Shelfmark's "ini file"), else the default
 * CKAN 2.10 declares (config_declaration.yaml). The upload fields are
 * declared as ignored, so CKAN's config holds nothing for them.
 */
function declaredValue(ctx: Context, key: string): unknown {
  switch (key) {
    case 'ckan.site_title':
      return ctx.config.siteTitle
    case 'ckan.site_description':
      return ctx.config.siteDescription
    case 'ckan.site_url':
      return ctx.config.siteUrl
    case 'ckan.site_logo':
      return '/base/images/ckan-logo.png'
    case 'ckan.theme':
      return 'css/main'
    case 'ckan.homepage_style':
      return '1'
    case 'logo_upload':
    case 'clear_logo_upload':
      return null
    default:
      return '' // declared without a default (site_about, site_intro_text, site_custom_css)
  }
}

const settingKey = (key: string) => `config_option:${key}`

/** The option's current value: the last one stored by config_option_update, else its default. */
export function configOptionValue(ctx: Context, key: string): unknown {
  const row = sql(ctx.db, 'SELECT value FROM settings WHERE key = ?').get(settingKey(key)) as { value: string } | undefined
  return row ? JSON.parse(row.value) : declaredValue(ctx, key)
}

/** Stores an option's new value (as JSON, so a number stays a number, as CKAN's config holds it). */
export function saveConfigOption(ctx: Context, key: string, value: unknown): void {
  sql(ctx.db, 'INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(settingKey(key), JSON.stringify(value))
}
