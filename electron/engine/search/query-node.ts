/**
 * The parsed form of a search query, independent of Lucene's AST and of SQL:
 * what parse-query.ts produces and compile-query.ts turns into conditions.
 */

/** A field name as the query gave it; `text` is the default (catch-all) field. */
export type FieldName = string

/** One node of a parsed query. */
export type QueryNode =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'and' | 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  /** At least `min` of the children (DisMax's minimum-should-match). */
  | { kind: 'atLeast'; min: number; children: QueryNode[] }
  /** A term or phrase; `proximity` is a phrase's `~N`. */
  | { kind: 'term'; field: FieldName; value: string; quoted: boolean; proximity?: number }
  /** A term with `*` / `?` wildcards (the pattern keeps them; other characters are literal). */
  | { kind: 'wildcard'; field: FieldName; pattern: string }
  /** `field:*`: the field has any value. */
  | { kind: 'exists'; field: FieldName }
  /** `field:[min TO max]`; null bounds are `*`. */
  | { kind: 'range'; field: FieldName; min: string | null; max: string | null; minInclusive: boolean; maxInclusive: boolean }

/** Solr's default maxBooleanClauses: queries with more leaves are refused. */
export const maxClauses = 1024

/** Conjunction of nodes, flattening trivial cases. */
export function and(children: QueryNode[]): QueryNode {
  if (children.length === 0) return { kind: 'all' }
  return children.length === 1 ? children[0] : { kind: 'and', children }
}

/** Disjunction of nodes, flattening trivial cases. */
export function or(children: QueryNode[]): QueryNode {
  if (children.length === 0) return { kind: 'none' }
  return children.length === 1 ? children[0] : { kind: 'or', children }
}

/** How many leaves (terms, ranges, ...) a query has. */
export function countLeaves(node: QueryNode): number {
  switch (node.kind) {
    case 'and':
    case 'or':
    case 'atLeast':
      return node.children.reduce((sum, child) => sum + countLeaves(child), 0)
    case 'not':
      return countLeaves(node.child)
    default:
      return 1
  }
}
