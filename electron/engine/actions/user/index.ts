/** The user actions, as the registry lists them: accounts and API tokens. */
import type { ActionDefinition } from '../../define-action.ts'
import { api_token_create } from './api_token_create.ts'
import { api_token_list } from './api_token_list.ts'
import { api_token_revoke } from './api_token_revoke.ts'
import { user_create } from './user_create.ts'
import { user_delete } from './user_delete.ts'
import { user_list } from './user_list.ts'
import { user_patch } from './user_patch.ts'
import { user_show } from './user_show.ts'
import { user_update } from './user_update.ts'

export const userActions: ActionDefinition[] = [
  user_create,
  user_show,
  user_list,
  user_update,
  user_patch,
  user_delete,
  api_token_create,
  api_token_list,
  api_token_revoke,
]
