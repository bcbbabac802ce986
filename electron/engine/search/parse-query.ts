/**
 * Parses CKAN's query language with the `lucene` package into a QueryNode.
 *
 * Mirrors how CKAN hands `q` to Solr (ckan/lib/search/query.py): a query
 * without a colon goes to DisMax (lenient syntax, minimum-should-match
 * "2<-1 5<80%"); anything else, and every `fq`, to the standard Lucene parser
 * with AND as the default operator. The caller picks the options. Unparseable
 * input throws CKAN's Search Error (409); nothing here touches SQL.
 */
import lucene, { type AstNode, type BinaryNode, type RangeNode, type TermNode } from 'lucene'
import { SearchError } from '../errors.ts'
import { requiredClauses } from './min-should-match.ts'
import { pyRepr } from './py-repr.ts'
import { and, countLeaves, maxClauses, or, type QueryNode } from './query-node.ts'
import { escapeDismax, hasWildcard, normaliseLucene, roughClauseCount, unescapeTerm, wildcardToGlob } from './query-text.ts'

/** How to read a query: DisMax leniency and minimum-should-match. */
export type ParseOptions = {
  /** DisMax's lenient syntax: special characters literal, a dangling quote dropped. */
  lenient: boolean
  /** A minimum-should-match spec for optional clauses; without one, every clause is required. */
  mm?: string
}

type Occur = 'must' | 'should' | 'not'
type Clause = { node: QueryNode; occur: Occur }
type Scope = { field: string; options: ParseOptions }

/** Parses one query (`q` or an `fq`); empty, `""` and `*:*` match everything. */
export function parseQuery(text: string, options: ParseOptions): QueryNode {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed === '""' || trimmed === "''" || trimmed === '*:*') return { kind: 'all' }
  if (trimmed.startsWith('{!')) throw new SearchError(pyRepr('Local parameters are not supported.'))
  if (roughClauseCount(trimmed) > 2 * maxClauses) throw tooManyClauses()
  const prepared = normaliseLucene(options.lenient ? escapeDismax(trimmed) : trimmed)
  let ast: AstNode
  try {
    ast = lucene.parse(prepared)
  } catch (error) {
    if (error instanceof RangeError) throw tooManyClauses()
    const reason = error instanceof Error ? error.message : String(error)
    throw new SearchError(pyRepr(`Cannot parse '${clip(trimmed)}': ${clip(reason)}`))
  }
  const node = convert(ast, { field: 'text', options })
  if (countLeaves(node) > maxClauses) throw tooManyClauses()
  return node
}

function tooManyClauses(): SearchError {
  return new SearchError(pyRepr(`Cannot parse query: too many boolean clauses (more than ${maxClauses})`))
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}

function convert(ast: AstNode, scope: Scope): QueryNode {
  if (isRange(ast)) return rangeNode(ast, fieldOf(ast.field, scope))
  if (isTerm(ast)) return termNode(ast, fieldOf(ast.field, scope))
  if (!ast.left) return ast.operator ? { kind: 'none' } : { kind: 'all' }
  return chain(ast, ast.field ? { ...scope, field: stripSign(ast.field).field } : scope)
}

/** One clause of a chain, with the +/- it carries (on the term, or glued to its field name). */
function clauseOf(ast: AstNode, scope: Scope): Clause {
  const { sign } = stripSign(ast.field ?? '')
  let occur = occurOf(sign)
  if (isTerm(ast) && ast.prefix) occur = occurOf(ast.prefix)
  return { node: convert(ast, scope), occur }
}

/**
 * A run of clauses joined by operators. The grammar nests them to the right
 * without precedence; here AND binds tighter than OR, NOT negates its clause.
 */
function chain(ast: BinaryNode, scope: Scope): QueryNode {
  const clauses: Clause[] = []
  const operators: string[] = []
  let current: BinaryNode = ast
  for (;;) {
    const first = clauseOf(current.left as AstNode, scope)
    if (current.start?.includes('NOT')) first.occur = negate(first.occur)
    clauses.push(first)
    if (!current.operator || !current.right) break
    operators.push(current.operator)
    const right = current.right
    if (!isTerm(right) && !isRange(right) && right.left && !right.parenthesized && right.field === undefined) {
      current = right
      continue
    }
    clauses.push(clauseOf(right, scope))
    break
  }
  operators.forEach((operator, i) => {
    if (operator.includes('NOT')) clauses[i + 1].occur = negate(clauses[i + 1].occur)
  })
  const explicit = operators.some((operator) => operator !== '<implicit>')
  if (!explicit) return implicitChain(clauses, scope.options)
  return explicitChain(clauses, operators)
}

/** Clauses joined by the default operator: all required (Lucene, q.op=AND) or mm of the optional ones (DisMax). */
function implicitChain(clauses: Clause[], options: ParseOptions): QueryNode {
  const must = clauses.filter((c) => c.occur === 'must').map((c) => c.node)
  const should = clauses.filter((c) => c.occur === 'should').map((c) => c.node)
  const not = clauses.filter((c) => c.occur === 'not').map((c): QueryNode => ({ kind: 'not', child: c.node }))
  if (options.mm === undefined || should.length <= 1) return and([...must, ...should, ...not])
  const min = requiredClauses(options.mm, should.length)
  const optional: QueryNode = min >= should.length ? and(should) : min <= 1 ? or(should) : { kind: 'atLeast', min, children: should }
  return and([...must, optional, ...not])
}

/** Clauses joined by explicit AND / OR (implicit joins count as AND). */
function explicitChain(clauses: Clause[], operators: string[]): QueryNode {
  const groups: QueryNode[][] = [[]]
  clauses.forEach((clause, i) => {
    const operator = i === 0 ? '' : operators[i - 1]
    if (operator.startsWith('OR') || operator === '||') groups.push([])
    groups[groups.length - 1].push(clause.occur === 'not' ? { kind: 'not', child: clause.node } : clause.node)
  })
  return or(groups.map(and))
}

function termNode(ast: TermNode, field: string): QueryNode {
  if (ast.regex) throw new SearchError(pyRepr('Regular expression queries are not supported'))
  if (!ast.quoted && ast.term === '*') return field === '*' ? { kind: 'all' } : { kind: 'exists', field }
  const target = field === '*' ? 'text' : field
  if (!ast.quoted && hasWildcard(ast.term)) return { kind: 'wildcard', field: target, pattern: wildcardToGlob(ast.term) }
  const proximity = ast.quoted && typeof ast.proximity === 'number' ? { proximity: ast.proximity } : {}
  return { kind: 'term', field: target, value: unescapeTerm(ast.term), quoted: ast.quoted, ...proximity }
}

function rangeNode(ast: RangeNode, field: string): QueryNode {
  const bound = (value: string) => (value === '*' ? null : unescapeTerm(value))
  return {
    kind: 'range',
    field: field === '*' ? 'text' : field,
    min: bound(ast.term_min),
    max: bound(ast.term_max),
    minInclusive: ast.inclusive === 'both' || ast.inclusive === 'left',
    maxInclusive: ast.inclusive === 'both' || ast.inclusive === 'right',
  }
}

function fieldOf(raw: string, scope: Scope): string {
  const { field } = stripSign(raw)
  return field === '<implicit>' || field === '' ? scope.field : unescapeTerm(field)
}

function stripSign(raw: string): { field: string; sign: string } {
  const match = /^([+\-!]*)(.*)$/s.exec(raw) as RegExpExecArray
  return { sign: match[1].slice(-1), field: match[2] }
}

function occurOf(sign: string | null | undefined): Occur {
  return sign === '+' ? 'must' : sign === '-' || sign === '!' ? 'not' : 'should'
}

function negate(occur: Occur): Occur {
  return occur === 'not' ? 'must' : 'not'
}

function isTerm(ast: AstNode): ast is TermNode {
  return 'term' in ast
}

function isRange(ast: AstNode): ast is RangeNode {
  return 'term_min' in ast
}
