/** The tag actions, as the registry lists them: tags and tag vocabularies. */
import type { ActionDefinition } from '../../define-action.ts'
import { tag_create } from './tag_create.ts'
import { tag_delete } from './tag_delete.ts'
import { tag_list } from './tag_list.ts'
import { tag_show } from './tag_show.ts'
import { vocabulary_create } from './vocabulary_create.ts'
import { vocabulary_delete } from './vocabulary_delete.ts'
import { vocabulary_list } from './vocabulary_list.ts'
import { vocabulary_show } from './vocabulary_show.ts'
import { vocabulary_update } from './vocabulary_update.ts'

export const tagActions: ActionDefinition[] = [
  tag_list,
  tag_show,
  tag_create,
  tag_delete,
  vocabulary_create,
  vocabulary_list,
  vocabulary_show,
  vocabulary_update,
  vocabulary_delete,
]
