/**
 * Leaves of a query that FTS5 answers: words and phrases in text columns,
 * and exact values as key tokens (search/keys.ts).
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { docsIn, type Condition } from './condition.ts'
import { canonicalTimestamp } from './date-math.ts'
import type { FieldKind } from './fields.ts'
import { ftsJoin, ftsNear, ftsPhrase, inColumns } from './fts-query.ts'
import { keyExpression, keyToken } from './keys.ts'
import type { QueryNode } from './query-node.ts'
import { ftsWildcard } from './wildcard.ts'

/** A term, wildcard, field-exists or range node. */
export type Leaf = Extract<QueryNode, { kind: 'term' | 'wildcard' | 'exists' | 'range' }>

/** `d.doc IN` the datasets an FTS5 expression matches. */
export function inFullText(expression: string): Condition {
  return docsIn('SELECT rowid FROM search_fts WHERE search_fts MATCH ?', expression)
}

/** An exact value as its key token (search/keys.ts); organizations and groups by the ids their name has. */
export function keyLeaf(db: Sqlite, node: Extract<QueryNode, { kind: 'term' }>, kind: FieldKind): string | 'none' | null {
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
export function exactValue(field: string, value: string): string {
  return field.endsWith('_date') ? canonicalTimestamp(value) : value
}

export function textLeaf(db: Sqlite, node: Extract<QueryNode, { kind: 'term' | 'wildcard' }>, columns: string[]): string | 'none' {
  const expression =
    node.kind === 'wildcard'
      ? ftsWildcard(db, 'search_fts_vocab', node.pattern)
      : node.proximity !== undefined
        ? ftsNear(node.value, node.proximity)
        : ftsPhrase(node.value)
  return expression === null || expression === 'none' ? 'none' : inColumns(columns, expression)
}
