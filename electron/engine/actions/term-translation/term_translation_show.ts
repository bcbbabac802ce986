/** CKAN's term_translation_show: the stored translations of some terms. */
import { anyone, defineAction } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'

type TranslationRow = { term: string; term_translation: string; lang_code: string }

/** A value CKAN accepts as a string or a list of strings, as a list. */
const asTexts = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value])

export const term_translation_show = defineAction('term_translation_show', {
  readOnly: true,
  auth: anyone,
  help: `Find the translations of terms, optionally into some languages only.

    Anyone may ask. An empty list of terms matches every stored
    translation.

    :param terms: the terms, in their original language (a string or a list)
    :type terms: list of strings
    :param lang_codes: the languages to look in, e.g. "de" (optional, a
        string or a list; default: every language)
    :type lang_codes: list of strings

    :returns: dicts with term, term_translation and lang_code, in the order
        they were stored
    :rtype: list of dictionaries
    `,
  run(ctx, params) {
    // Mirrors CKAN's own check, whose message is a string rather than a list.
    if (!('terms' in params) || params.terms === undefined) throw new ValidationError({ terms: 'terms not in data' })
    const where: string[] = []
    const args: unknown[] = []
    // Mirrors CKAN: an empty list (or null) of terms filters nothing out.
    const terms = params.terms === null ? [] : asTexts(params.terms)
    if (terms.length) {
      where.push(`term IN (${terms.map(() => '?').join(', ')})`)
      args.push(...terms.map(String))
    }
    if ('lang_codes' in params && params.lang_codes !== undefined && params.lang_codes !== null) {
      const codes = asTexts(params.lang_codes)
      where.push(codes.length ? `lang_code IN (${codes.map(() => '?').join(', ')})` : '0')
      args.push(...codes.map(String))
    }
    const rows = ctx.db
      .prepare(`SELECT term, term_translation, lang_code FROM term_translation ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY rowid`)
      .all(...args) as TranslationRow[]
    return rows.map(({ term, term_translation, lang_code }) => ({ term, term_translation, lang_code }))
  },
})
