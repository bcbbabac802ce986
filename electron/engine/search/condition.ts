/**
 * SQL conditions over one search_docs row (alias `d`), with their parameters.
 * `all` and `none` stand for conditions that need no SQL, so combinations can
 * fold them away before any query runs.
 */

export type SqlCondition = {
  sql: string
  params: unknown[]
  /** For `d.doc IN (subquery)`: the subquery, so that siblings merge into one UNION / INTERSECT. */
  docs?: { sql: string; params: unknown[] }
}
/** A condition, or one known without SQL to hold always or never. */
export type Condition = SqlCondition | 'all' | 'none'

/** SQLite's default limit on the SELECTs of one compound SELECT is 500. */
const maxCompound = 400

/** A condition from SQL text and its parameters. */
export function cond(sql: string, ...params: unknown[]): SqlCondition {
  return { sql, params }
}

/** `d.doc IN (subquery)`, where the subquery selects dataset docs. */
export function docsIn(subquery: string, ...params: unknown[]): SqlCondition {
  return { sql: `d.doc IN (${subquery})`, params, docs: { sql: subquery, params } }
}

/** Conjunction: `none` wins, `all` drops out. Nested as a balanced tree (SQLite limits expression depth). */
export function allOf(conditions: Condition[]): Condition {
  if (conditions.includes('none')) return 'none'
  const real = conditions.filter((c): c is SqlCondition => c !== 'all')
  return real.length ? balanced('AND', merged(real, 'INTERSECT')) : 'all'
}

/** Disjunction: `all` wins, `none` drops out. */
export function anyOf(conditions: Condition[]): Condition {
  if (conditions.includes('all')) return 'all'
  const real = conditions.filter((c): c is SqlCondition => c !== 'none')
  return real.length ? balanced('OR', merged(real, 'UNION')) : 'none'
}

/** Sibling `d.doc IN (…)` conditions as one compound subquery: one lookup instead of a probe per row and clause. */
function merged(conditions: SqlCondition[], operator: 'UNION' | 'INTERSECT'): SqlCondition[] {
  const lookups = conditions.filter((c) => c.docs)
  if (lookups.length < 2) return conditions
  const result = conditions.filter((c) => !c.docs)
  for (let i = 0; i < lookups.length; i += maxCompound) {
    const chunk = lookups.slice(i, i + maxCompound).map((c) => c.docs as { sql: string; params: unknown[] })
    // Compound operators have equal precedence in SQL: a compound member is wrapped to keep its grouping.
    const parts = chunk.map((c) => (/ (UNION|INTERSECT) /.test(c.sql) ? `SELECT * FROM (${c.sql})` : c.sql))
    result.push(docsIn(parts.join(` ${operator} `), ...chunk.flatMap((c) => c.params)))
  }
  return result
}

/** Negation. */
export function notOf(condition: Condition): Condition {
  if (condition === 'all') return 'none'
  if (condition === 'none') return 'all'
  return { sql: `NOT (${condition.sql})`, params: condition.params }
}

/** At least `min` of the conditions hold (each SQL condition counts 0 or 1). */
export function atLeastOf(min: number, conditions: Condition[]): Condition {
  const always = conditions.filter((c) => c === 'all').length
  const real = conditions.filter((c): c is SqlCondition => c !== 'all' && c !== 'none')
  const needed = min - always
  if (needed <= 0) return 'all'
  if (needed > real.length) return 'none'
  if (needed === 1) return anyOf(real)
  if (needed === real.length) return allOf(real)
  const sum = balanced('+', real.map((c) => ({ sql: `(${c.sql})`, params: c.params })))
  return { sql: `${sum.sql} >= ${needed}`, params: sum.params }
}

function balanced(operator: string, conditions: SqlCondition[]): SqlCondition {
  if (conditions.length === 1) return conditions[0]
  const middle = conditions.length >> 1
  const left = balanced(operator, conditions.slice(0, middle))
  const right = balanced(operator, conditions.slice(middle))
  return { sql: `(${left.sql} ${operator} ${right.sql})`, params: [...left.params, ...right.params] }
}

/** A condition as SQL text usable in a WHERE clause (`all` → 1, `none` → 0). */
export function whereOf(condition: Condition): SqlCondition {
  if (condition === 'all') return { sql: '1', params: [] }
  if (condition === 'none') return { sql: '0', params: [] }
  return condition
}
