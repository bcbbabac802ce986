/** The runtime config actions, as the registry lists them (CKAN's config_option_*). */
import type { ActionDefinition } from '../../define-action.ts'
import { config_option_list } from './config_option_list.ts'
import { config_option_show } from './config_option_show.ts'
import { config_option_update } from './config_option_update.ts'

export const configActions: ActionDefinition[] = [config_option_list, config_option_show, config_option_update]
