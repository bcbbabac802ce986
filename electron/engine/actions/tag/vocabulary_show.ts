/** CKAN's vocabulary_show: one tag vocabulary with its tags. */
import { anyone, defineAction } from '../../define-action.ts'
import { vocabularyDict } from './tag-rows.ts'
import { vocabularyFromParams } from './vocabulary-ref.ts'

export const vocabulary_show = defineAction('vocabulary_show', {
  readOnly: true,
  auth: anyone,
  help: `Return a single tag vocabulary.

    :param id: the id or name of the vocabulary
    :type id: string
    :return: the vocabulary.
    :rtype: dictionary
    `,
  run: (ctx, params) => vocabularyDict(ctx.db, vocabularyFromParams(ctx, params)),
})
