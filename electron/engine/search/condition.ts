/**
 * SQL conditions over one search_docs row (alias `d`), with their parameters.
 * `all` and `none` stand for conditions that need no SQL, so combinations can
 * fold them away before any query runs.
 */

export type SqlCondition = { sql: string; params: unknown[] }
export type Condition = SqlCondition | 'all' | 'none'

/** A condition from SQL text and its parameters. */
export function cond(sql: string, ...params: unknown[]): SqlCondition {
  return { sql, params }
}

/** Conjunction: `none` wins, `all` drops out. Nested as a balanced tree (SQLite limits expression depth). */
export function allOf(conditions: Condition[]): Condition {
  if (conditions.includes('none')) return 'none'
  const real = conditions.filter((c): c is SqlCondition => c !== 'all')
  return real.length ? balanced('AND', real) : 'all'
}

/** Disjunction: `all` wins, `none` drops out. */
export function anyOf(conditions: Condition[]): Condition {
  if (conditions.includes('all')) return 'all'
  const real = conditions.filter((c): c is SqlCondition => c !== 'none')
  return real.length ? balanced('OR', real) : 'none'
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
