/**
 * Turns a QueryNode into SQL conditions over search_docs (alias `d`), and
 * finds the part of a query FTS5 can answer on its own (the "driver"), which
 * then ranks the results with bm25. Every value is a bound parameter; FTS5
 * strings are built from tokens quoted here.
 */
import type { Sqlite } from '../db/open.ts'
import { allOf, anyOf, atLeastOf, notOf, type Condition } from './condition.ts'
import { fieldKind } from './fields.ts'
import { ftsJoin } from './fts-query.ts'
import { compileLeaf } from './leaf-condition.ts'
import { inFullText, keyLeaf, textLeaf } from './leaf-fts.ts'
import type { QueryNode } from './query-node.ts'

/** A query split into an FTS5 expression that must match (null: none) and the remaining condition. */
export type CompiledQuery = { driver: string | null; condition: Condition }

/** At most this many AND-groups when a minimum-should-match is spelled out for FTS5. */
const maxCombinations = 64

/** Compiles a query, pulling its required free-text part out as the FTS5 driver. */
export function compileQuery(db: Sqlite, node: QueryNode): CompiledQuery {
  const whole = ftsExpressionOf(db, node)
  if (whole === 'none') return { driver: null, condition: 'none' }
  if (whole !== null) return { driver: whole, condition: 'all' }
  if (node.kind === 'and') {
    const driving: string[] = []
    const rest: QueryNode[] = []
    for (const child of node.children) {
      const expression = child.kind === 'not' ? null : ftsExpressionOf(db, child)
      if (expression === 'none') return { driver: null, condition: 'none' }
      if (expression === null) rest.push(child)
      else driving.push(expression)
    }
    if (driving.length) return { driver: ftsJoin('AND', driving), condition: compileCondition(db, { kind: 'and', children: rest }) }
  }
  if (node.kind === 'atLeast') {
    // Too many combinations to spell out: any of the words drives, the count is checked in SQL.
    const words = node.children.map((child) => ftsExpressionOf(db, child))
    const usable = words.filter((w): w is string => w !== null && w !== 'none')
    if (words.every((w) => w !== null) && usable.length) {
      return { driver: ftsJoin('OR', usable), condition: compileCondition(db, node) }
    }
  }
  return { driver: null, condition: compileCondition(db, node) }
}

/** True when the query has words to rank by (a text field's term outside NOT); exact values score nothing. */
export function ranksText(node: QueryNode): boolean {
  switch (node.kind) {
    case 'and':
    case 'or':
    case 'atLeast':
      return node.children.some(ranksText)
    case 'term':
    case 'wildcard':
      return fieldKind(node.field).kind === 'text'
    default:
      return false
  }
}

/** A condition for the node, as SQL over `d`. */
export function compileCondition(db: Sqlite, node: QueryNode): Condition {
  switch (node.kind) {
    case 'all':
      return 'all'
    case 'none':
      return 'none'
    case 'not':
      return notOf(compileCondition(db, node.child))
    case 'and':
    case 'or':
      return compileJunction(db, node.kind, node.children)
    case 'atLeast':
      return atLeastOf(node.min, node.children.map((child) => compileCondition(db, child)))
    default:
      return compileLeaf(db, node)
  }
}

/** AND / OR, with the children FTS5 can answer merged into one full-text lookup. */
function compileJunction(db: Sqlite, kind: 'and' | 'or', children: QueryNode[]): Condition {
  const texts: string[] = []
  const conditions: Condition[] = []
  for (const child of children) {
    const expression = child.kind === 'not' || child.kind === 'all' ? null : ftsExpressionOf(db, child)
    if (expression === null) conditions.push(compileCondition(db, child))
    else if (expression === 'none') conditions.push('none')
    else texts.push(expression)
  }
  if (texts.length) conditions.push(inFullText(ftsJoin(kind === 'and' ? 'AND' : 'OR', texts)))
  return kind === 'and' ? allOf(conditions) : anyOf(conditions)
}

/**
 * The FTS5 expression equivalent to the node, 'none' when it can match
 * nothing, or null when FTS5 alone cannot answer it.
 */
export function ftsExpressionOf(db: Sqlite, node: QueryNode): string | 'none' | null {
  switch (node.kind) {
    case 'term':
    case 'wildcard': {
      const kind = fieldKind(node.field)
      if (kind.kind === 'text') return textLeaf(db, node, kind.columns)
      return node.kind === 'term' ? keyLeaf(db, node, kind) : null
    }
    case 'or': {
      const parts = node.children.map((child) => (child.kind === 'not' ? null : ftsExpressionOf(db, child)))
      if (parts.includes(null)) return null
      const real = parts.filter((p): p is string => p !== 'none')
      return real.length ? ftsJoin('OR', real) : 'none'
    }
    case 'and': {
      const positive: string[] = []
      const negative: string[] = []
      for (const child of node.children) {
        if (child.kind === 'all') continue
        const part = ftsExpressionOf(db, child.kind === 'not' ? child.child : child)
        if (part === null) return null
        if (child.kind === 'not') {
          if (part !== 'none') negative.push(part)
        } else if (part === 'none') return 'none'
        else positive.push(part)
      }
      if (!positive.length) return null
      const required = ftsJoin('AND', positive)
      return negative.length ? `(${required}) NOT (${ftsJoin('OR', negative)})` : required
    }
    case 'atLeast': {
      const parts = node.children.map((child) => ftsExpressionOf(db, child))
      if (parts.includes(null)) return null
      const real = parts.filter((p): p is string => p !== 'none')
      if (real.length < node.min) return 'none'
      const groups = combinations(real, node.min)
      return groups ? ftsJoin('OR', groups.map((group) => ftsJoin('AND', group))) : null
    }
    default:
      return null
  }
}

/** Every `size`-subset of the items, or null when there are more than maxCombinations. */
function combinations(items: string[], size: number): string[][] | null {
  let count = 1
  for (let i = 0; i < size; i++) count = (count * (items.length - i)) / (i + 1)
  if (count > maxCombinations) return null
  const result: string[][] = []
  const pick = (start: number, chosen: string[]) => {
    if (chosen.length === size) return void result.push(chosen)
    for (let i = start; i < items.length; i++) pick(i + 1, [...chosen, items[i]])
  }
  pick(0, [])
  return result
}
