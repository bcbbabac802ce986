/** CKAN's status_show: what this site is and what it speaks. */
import packageJson from '../../../../package.json' with { type: 'json' }
import { configOptionValue } from '../../config-options.ts'
import { defineAction, anyone } from '../../define-action.ts'
import { viewPluginNames } from '../../resource-views/plugins.ts'

/**
 * The CKAN API level Shelfmark matches. CKAN reports its full release
 * ("2.10.10"); we report the level so clients pick 2.10 behaviour.
 */
export const ckanApiLevel = '2.10'

/** The plugins a CKAN with our behaviour would list: activity streams and the view plugins are built in. */
export const extensions = ['activity', ...viewPluginNames]

export const status_show = defineAction('status_show', {
  readOnly: true,
  auth: anyone,
  help: `Describe this site and the API version it follows.

    :returns: site_title, site_description, site_url (as config_option_update
        last set them, else the site's settings), error_emails_to
        (always empty), locale_default ("en"), extensions (the plugins a CKAN
        site with the same behaviour would list), ckan_version (the CKAN API
        level Shelfmark follows, "2.10") and shelfmark_version
    :rtype: dictionary
    `,
  run(ctx) {
    return {
      // Mirrors CKAN, whose config_option_update changes the config these are read from.
      site_title: configOptionValue(ctx, 'ckan.site_title'),
      site_description: configOptionValue(ctx, 'ckan.site_description'),
      site_url: configOptionValue(ctx, 'ckan.site_url'),
      error_emails_to: '',
      locale_default: 'en',
      extensions,
      ckan_version: ckanApiLevel,
      shelfmark_version: packageJson.version,
    }
  },
})
