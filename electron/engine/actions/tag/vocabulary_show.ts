/** CKAN's vocabulary_show: one tag vocabulary with its tags. */
import { anyone, defineAction } from '../../define-action.ts'
import { vocabularyDict } from './tag-rows.ts'
import { vocabularyFromParams } from './vocabulary-ref.ts'

export const vocabulary_show = defineAction('vocabulary_show', {
  readOnly: true,
  auth: anyone,
  help: `Fetch one tag vocabulary and the tags in it.

    Anyone may call this.

    :param id: id or name of the vocabulary
    :type id: string

    :returns: the vocabulary's \`\`id\`\`, \`\`name\`\` and \`\`tags\`\` (tag dicts)
    :rtype: dictionary
    `,
  run: (ctx, params) => vocabularyDict(ctx.db, vocabularyFromParams(ctx, params)),
})
