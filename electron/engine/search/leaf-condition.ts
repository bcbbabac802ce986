/**
 * Leaves of a query as SQL conditions over search_docs `d`, by how their field
 * is stored (fields.ts): FTS5 lookups, columns, search_terms rows, names of
 * organizations and groups resolved through the groups table.
 */
import type { Sqlite } from '../db/open.ts'
import { SearchError } from '../errors.ts'
import { allOf, anyOf, cond, docsIn, type Condition } from './condition.ts'
import { solrDate } from './date-math.ts'
import { fieldKind, isDateField, textBit, textColumns, type FieldKind } from './fields.ts'
import { ftsNear, ftsPhrase, inColumns } from './fts-query.ts'
import { exactValue, inFullText, textLeaf, type Leaf } from './leaf-fts.ts'
import { pyRepr } from './py-repr.ts'
import type { QueryNode } from './query-node.ts'
import { ftsWildcard, globRegExp } from './wildcard.ts'
import { termFieldKey } from './term-fields.ts'

/** The leaf as SQL over `d`. */
export function compileLeaf(db: Sqlite, node: Leaf): Condition {
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
          `SELECT doc FROM search_terms WHERE field = ${termFieldKey('groups')} AND pub IN (0, 1)` +
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
  const key = termFieldKey(field)
  switch (node.kind) {
    case 'term':
      return docsIn(`${base} AND value = ?`, key, exactValue(field, node.value))
    case 'wildcard':
      return docsIn(`${base} AND value GLOB ?`, key, node.pattern)
    case 'exists':
      return docsIn(base, key)
    case 'range': {
      const inner = rangeCondition('value', node, (text) => (isDateField(field) ? solrDate(text) : text))
      if (inner === 'none') return 'none'
      return inner === 'all' ? docsIn(base, key) : docsIn(`${base} AND ${inner.sql}`, key, ...inner.params)
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
