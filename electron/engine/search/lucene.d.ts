/** Types for the `lucene` package (a PEG.js Lucene query parser), which ships none. */
declare module 'lucene' {
  /** A term: `field:term`, `"quoted phrase"~2`, `term^3`, `-term`, `/regex/`. */
  export type TermNode = {
    field: string
    term: string
    quoted: boolean
    regex: boolean
    prefix?: '+' | '-' | '!' | null
    proximity?: number | null
    similarity?: number | null
    boost?: number | null
  }
  /** A range: `field:[min TO max]`, `{…}` exclusive, mixed brackets allowed. */
  export type RangeNode = {
    field: string
    term_min: string
    term_max: string
    inclusive: 'both' | 'none' | 'left' | 'right'
  }
  /** An expression: `left operator right`, perhaps parenthesised or field-grouped (`title:(a b)`). */
  export type BinaryNode = {
    left?: AstNode
    operator?: string
    right?: AstNode
    start?: string
    field?: string
    parenthesized?: boolean
  }
  export type AstNode = TermNode | RangeNode | BinaryNode
  /** Parses a query; throws a SyntaxError (peg.js) on bad input. */
  export function parse(query: string): AstNode
  const lucene: { parse: typeof parse }
  export default lucene
}
