/**
 * Turns a QueryNode into SQL conditions over search_docs (alias `d`), and
 * finds the part of a query FTS5 can answer on its own (the "driver"), which
 * then ranks the results with bm25. Every value is a bound parameter; FTS5
 * strings are built from tokens quoted here.
 */
import type { Sqlite } from '../db/open.ts'
import { SearchError } from '../errors.ts'
import { allOf, anyOf, atLeastOf, cond, docsIn, notOf, type Condition } from './condition.ts'
import { sql } from '../db/statements.ts'
import { canonicalTimestamp, solrDate } from './date-math.ts'
import { fieldKind, isDateField, textBit, textColumns, type FieldKind } from './fields.ts'
import { keyExpression, keyToken } from './keys.ts'
import { ftsJoin, ftsNear, ftsPhrase, inColumns } from './fts-query.ts'
import { pyRepr } from './py-repr.ts'
import type { QueryNode } from './query-node.ts'
import { ftsWildcard, globRegExp } from './wildcard.ts'

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

function inFullText(expression: string): Condition {
  return docsIn('SELECT rowid FROM search_fts WHERE search_fts MATCH ?', expression)
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

type Leaf = Extract<QueryNode, { kind: 'term' | 'wildcard' | 'exists' | 'range' }>

/** An exact value as its key token (search/keys.ts); organizations and groups by the ids their name has. */
function keyLeaf(db: Sqlite, node: Extract<QueryNode, { kind: 'term' }>, kind: FieldKind): string | 'none' | null {
  switch (kind.kind) {
    case 'terms':
      return keyExpression(keyToken(kind.field, exactValue(kind.field, node.value)))
    case 'organization':
    case 'groups': {
      const ids = sql(db, 'SELECT id FROM groups WHERE name = ? AND is_organization = ?')
        .pluck()
        .all(node.value, kind.kind === 'organization' ? 1 : 0) as string[]
      return ids.length ? ftsJoin('OR', ids.map((id) => keyExpression(keyToken(kind.kind, id)))) : 'none'
    }
    case 'column':
      return kind.column === 'owner_org' ? keyExpression(keyToken('organization', node.value)) : null
    default:
      return null
  }
}

/** A queried value as the index stores it (dates of *_date fields canonical). */
function exactValue(field: string, value: string): string {
  return field.endsWith('_date') ? canonicalTimestamp(value) : value
}

function textLeaf(db: Sqlite, node: Extract<QueryNode, { kind: 'term' | 'wildcard' }>, columns: string[]): string | 'none' {
  const expression =
    node.kind === 'wildcard'
      ? ftsWildcard(db, 'search_fts_vocab', node.pattern)
      : node.proximity !== undefined
        ? ftsNear(node.value, node.proximity)
        : ftsPhrase(node.value)
  return expression === null || expression === 'none' ? 'none' : inColumns(columns, expression)
}

function compileLeaf(db: Sqlite, node: Leaf): Condition {
  const kind = fieldKind(node.field)
  switch (kind.kind) {
    case 'text':
      return textCondition(db, node, kind.columns)
    case 'fieldText':
      return fieldTextCondition(db, node, kind.field)
    case 'column':
      return columnCondition(node, kind)
    case 'capacity':
      return valueListCondition(node, { public: 'd.private = 0', private: 'd.private = 1' })
    case 'private':
      return valueListCondition(node, { false: 'd.private = 0', true: 'd.private = 1' })
    case 'constant':
      return valueListCondition(node, { [kind.value]: '1' })
    case 'organization':
      return namedGroupCondition(node, (names, ...params) =>
        names === null ? cond('d.owner_org IS NOT NULL') : cond(`d.owner_org IN (SELECT id FROM groups WHERE is_organization = 1 AND ${names})`, ...params),
      )
    case 'groups':
      return namedGroupCondition(node, (names, ...params) =>
        docsIn(
          `SELECT doc FROM search_terms WHERE field = 'groups' AND pub IN (0, 1)` +
            (names === null ? '' : ` AND value IN (SELECT id FROM groups WHERE is_organization = 0 AND ${names})`),
          ...params,
        ),
      )
    case 'terms':
      return termsCondition(node, kind.field)
  }
}

function textCondition(db: Sqlite, node: Leaf, columns: string[]): Condition {
  if (node.kind === 'exists') {
    return columns === textColumns ? 'all' : cond('(d.has_text & ?) != 0', columns.reduce((bits, c) => bits | textBit(c as never), 0))
  }
  if (node.kind === 'range') throw unsupportedRange(node.field)
  const expression = textLeaf(db, node, columns)
  return expression === 'none' ? 'none' : inFullText(expression)
}

function fieldTextCondition(db: Sqlite, node: Leaf, field: string): Condition {
  if (node.kind === 'exists' || node.kind === 'range') return termsCondition(node, field)
  const expression =
    node.kind === 'wildcard'
      ? ftsWildcard(db, 'search_field_fts_vocab', node.pattern)
      : node.proximity !== undefined
        ? ftsNear(node.value, node.proximity)
        : ftsPhrase(node.value)
  if (expression === null || expression === 'none') return 'none'
  return docsIn(
    'SELECT rowid / 10000 FROM search_field_fts WHERE search_field_fts MATCH ? AND field = ?',
    inColumns(['value'], expression),
    field,
  )
}

function columnCondition(node: Leaf, kind: Extract<FieldKind, { kind: 'column' }>): Condition {
  const column = `d.${kind.column}`
  const value = (text: string): unknown => (kind.numeric ? numberOrNull(text) : text)
  switch (node.kind) {
    case 'term': {
      const v = value(node.value)
      return v === null ? 'none' : cond(`${column} = ?`, v)
    }
    case 'wildcard':
      return cond(`${column} GLOB ?`, node.pattern)
    case 'exists':
      return cond(`${column} IS NOT NULL AND ${column} != ''`)
    case 'range':
      return rangeCondition(column, node, (text) => (isDateField(node.field) ? solrDate(text) : value(text)))
  }
}

function termsCondition(node: Leaf, field: string): Condition {
  const base = 'SELECT doc FROM search_terms WHERE field = ? AND pub IN (0, 1)'
  switch (node.kind) {
    case 'term':
      return docsIn(`${base} AND value = ?`, field, exactValue(field, node.value))
    case 'wildcard':
      return docsIn(`${base} AND value GLOB ?`, field, node.pattern)
    case 'exists':
      return docsIn(base, field)
    case 'range': {
      const inner = rangeCondition('value', node, (text) => (isDateField(field) ? solrDate(text) : text))
      if (inner === 'none') return 'none'
      return inner === 'all' ? docsIn(base, field) : docsIn(`${base} AND ${inner.sql}`, field, ...inner.params)
    }
  }
}

/**
 * Organizations and groups are matched by name, resolved to ids through the
 * groups table; `build` gets a condition on groups.name (null: any group).
 */
function namedGroupCondition(node: Leaf, build: (names: string | null, ...params: unknown[]) => Condition): Condition {
  switch (node.kind) {
    case 'term':
      return build('name = ?', node.value)
    case 'wildcard':
      return build('name GLOB ?', node.pattern)
    case 'exists':
      return build(null)
    case 'range': {
      const inner = rangeCondition('name', node, (text) => text)
      if (inner === 'none') return 'none'
      return inner === 'all' ? build(null) : build(inner.sql, ...inner.params)
    }
  }
}

/** A field with a fixed set of values, each mapped to SQL: matched in JavaScript, then OR-ed. */
function valueListCondition(node: Leaf, values: Record<string, string>): Condition {
  const matches = (value: string): boolean => {
    switch (node.kind) {
      case 'term':
        return value === node.value
      case 'wildcard':
        return globRegExp(node.pattern).test(value)
      case 'exists':
        return true
      case 'range':
        return (
          (node.min === null || (node.minInclusive ? value >= node.min : value > node.min)) &&
          (node.max === null || (node.maxInclusive ? value <= node.max : value < node.max))
        )
    }
  }
  return anyOf(Object.entries(values).map(([value, sql]) => (matches(value) ? (sql === '1' ? 'all' : cond(sql)) : 'none')))
}

function rangeCondition(
  column: string,
  node: Extract<QueryNode, { kind: 'range' }>,
  convert: (text: string) => unknown,
): Condition {
  const parts: Condition[] = []
  for (const [bound, inclusive, operator] of [
    [node.min, node.minInclusive, '>'],
    [node.max, node.maxInclusive, '<'],
  ] as const) {
    if (bound === null) continue
    const value = convert(bound)
    if (value === null) return 'none'
    parts.push(cond(`${column} ${operator}${inclusive ? '=' : ''} ?`, value))
  }
  return allOf(parts)
}

function numberOrNull(text: string): number | null {
  const number = Number(text)
  return text.trim() !== '' && Number.isFinite(number) ? number : null
}

function unsupportedRange(field: string): SearchError {
  return new SearchError(pyRepr(`Range queries on the text field ${field} are not supported`))
}
