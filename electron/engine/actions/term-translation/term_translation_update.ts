/** CKAN's term_translation_update: store a term's translation into one language. */
import { callerName, isSysadmin } from '../../context.ts'
import { requireUser } from '../../auth/roles.ts'
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { NotAuthorized } from '../../errors.ts'
import type { Schema } from '../../validate/navl.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'

/** The schema CKAN's action declares inline. */
const translationSchema: Schema = {
  term: [notEmpty, unicodeSafe],
  term_translation: [notEmpty, unicodeSafe],
  lang_code: [notEmpty, unicodeSafe],
}

export const term_translation_update = defineAction('term_translation_update', {
  auth(ctx) {
    requireUser(ctx, 'term_translation_update')
    if (!isSysadmin(ctx)) throw new NotAuthorized(`User ${callerName(ctx)} not authorized to update term_translation table`)
  },
  schema: translationSchema,
  help: `Store the translation of a term into a language; only sysadmins may.

    A translation already stored for the same term and language is
    replaced.

    :param term: the term in its original language, e.g. "river"
    :type term: string
    :param term_translation: the translation, e.g. "Fluss"
    :type term_translation: string
    :param lang_code: the language of the translation, e.g. "de"
    :type lang_code: string

    :returns: term, term_translation and lang_code as stored
    :rtype: dictionary
    `,
  run(ctx, data) {
    const { term, term_translation, lang_code } = data as Record<string, string>
    const updated = sql(ctx.db, 'UPDATE term_translation SET term_translation = ? WHERE term = ? AND lang_code = ?').run(
      term_translation,
      term,
      lang_code,
    )
    if (!updated.changes) {
      sql(ctx.db, 'INSERT INTO term_translation (term, term_translation, lang_code) VALUES (?, ?, ?)').run(term, term_translation, lang_code)
    }
    // Mirrors CKAN, which returns its validated dict: the three fields, in the order they were sent.
    return Object.fromEntries(Object.keys(data).filter((key) => key in translationSchema).map((key) => [key, data[key]]))
  },
})
