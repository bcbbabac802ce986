/** CKAN's term_translation_update_many: term_translation_update for each dict of a list. */
import { anyone, defineAction } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'

const notAListOfDicts = 'term_translation_update_many needs to have a list of dicts in field data'

const isDict = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

export const term_translation_update_many = defineAction('term_translation_update_many', {
  // Mirrors CKAN: no check of its own; each term_translation_update checks its caller.
  auth: anyone,
  help: `Store several term translations at once.

    Each dict of data is stored as term_translation_update stores one,
    with its checks (only sysadmins may write); the first failure undoes
    the whole call.

    :param data: dicts with term, term_translation and lang_code
    :type data: list of dictionaries

    :returns: {"success": "N rows updated"}
    :rtype: dictionary
    `,
  run(ctx, params) {
    const data = params.data
    // CKAN's message is a string, not a list; a list holding a non-dict (a 500 in CKAN) gets it too.
    if (!Array.isArray(data) || data.length === 0 || !data.every(isDict)) throw new ValidationError({ error: notAListOfDicts })
    for (const row of data) ctx.call('term_translation_update', row as Record<string, unknown>)
    return { success: `${data.length} rows updated` }
  },
})
