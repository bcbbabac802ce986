/** The site actions, as the registry lists them. */
import type { ActionDefinition } from '../../define-action.ts'
import { get_site_user } from './get_site_user.ts'
import { help_show } from './help_show.ts'
import { license_list } from './license_list.ts'
import { site_read } from './site_read.ts'
import { status_show } from './status_show.ts'

export const siteActions: ActionDefinition[] = [status_show, help_show, site_read, license_list, get_site_user]
