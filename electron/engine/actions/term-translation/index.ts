/** The term translation actions, as the registry lists them (CKAN's term_translation_*). */
import type { ActionDefinition } from '../../define-action.ts'
import { term_translation_show } from './term_translation_show.ts'
import { term_translation_update } from './term_translation_update.ts'
import { term_translation_update_many } from './term_translation_update_many.ts'

export const termTranslationActions: ActionDefinition[] = [term_translation_show, term_translation_update, term_translation_update_many]
