/**
 * Solr's minimum-should-match (`mm`) specifications, which CKAN sets to
 * "2<-1 5<80%" for colon-free queries: up to 2 optional clauses all must
 * match, 3 to 5 all but one, more than 5 at least 80 % (rounded down).
 */

/** CKAN's default mm (ckan/lib/search/query.py). */
export const ckanMinimumMatch = '2<-1 5<80%'

/**
 * How many of `optional` clauses must match under `spec`; an unreadable spec
 * counts as "all". Never less than 1 when there is any optional clause.
 */
export function requiredClauses(spec: string, optional: number): number {
  if (optional === 0) return 0
  const parts = spec.trim().split(/\s+/).filter(Boolean)
  let rule = '100%'
  if (parts.length === 1 && !parts[0].includes('<')) rule = parts[0]
  else {
    // Conditional: "n<rule ..." applies the rule of the largest n below the clause count.
    for (const part of parts) {
      const match = /^(\d+)<(.+)$/.exec(part)
      if (!match) return optional
      if (optional > Number(match[1])) rule = match[2]
    }
  }
  return Math.min(optional, Math.max(1, apply(rule, optional)))
}

function apply(rule: string, optional: number): number {
  const match = /^(-?)(\d+)(%?)$/.exec(rule)
  if (!match) return optional
  const [, negative, digits, percent] = match
  const amount = percent ? Math.floor((optional * Number(digits)) / 100) : Number(digits)
  return negative ? optional - amount : amount
}
