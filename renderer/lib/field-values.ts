/** How the read-only Record panel reads a custom field's value (scheming, fluent and harvested fields). */

/** A language tag as fluent keys its dicts: "en", "fr", "pt-BR", "zh_Hant". */
const languageKey = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/

/**
 * A fluent-style multilingual value ({"en": "…", "fr": "…"}, or lists of
 * keywords per language) as [language, text] pairs; null for anything else.
 */
export function languageEntries(value: unknown): [string, string][] | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 0) return null
  const pairs: [string, string][] = []
  for (const [key, text] of entries) {
    if (!languageKey.test(key)) return null
    if (text === null || text === undefined) pairs.push([key, ''])
    else if (typeof text === 'string') pairs.push([key, text])
    else if (Array.isArray(text) && text.every((item) => typeof item === 'string')) pairs.push([key, text.join(', ')])
    else return null
  }
  return pairs
}

/** A structured value as indented JSON, for reading in full. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
}
