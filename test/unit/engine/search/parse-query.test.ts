import { describe, expect, it } from 'vitest'
import { SearchError } from '../../../../electron/engine/errors.ts'
import { parseQuery } from '../../../../electron/engine/search/parse-query.ts'

const lucene = (q: string) => parseQuery(q, { lenient: false })
const dismax = (q: string) => parseQuery(q, { lenient: true, mm: '2<-1 5<80%' })
const term = (value: string, field = 'text') => ({ kind: 'term', field, value, quoted: false })

describe('parseQuery', () => {
  it('reads empty, "" and *:* as everything', () => {
    for (const q of ['', '  ', '""', "''", '*:*']) expect(lucene(q)).toEqual({ kind: 'all' })
  })
  it('joins bare clauses with AND in Lucene mode', () => {
    expect(lucene('a b')).toEqual({ kind: 'and', children: [term('a'), term('b')] })
  })
  it('applies minimum-should-match to optional DisMax clauses', () => {
    expect(dismax('a b')).toEqual({ kind: 'and', children: [term('a'), term('b')] })
    expect(dismax('a b c')).toMatchObject({ kind: 'atLeast', min: 2 })
    expect(dismax('a b c d e f g')).toMatchObject({ kind: 'atLeast', min: 5 })
    expect(dismax('+a b c -d')).toEqual({
      kind: 'and',
      children: [term('a'), { kind: 'and', children: [term('b'), term('c')] }, { kind: 'not', child: term('d') }],
    })
  })
  it('gives AND precedence over OR', () => {
    expect(lucene('a OR b AND c')).toEqual({ kind: 'or', children: [term('a'), { kind: 'and', children: [term('b'), term('c')] }] })
    expect(lucene('a AND b OR c')).toEqual({ kind: 'or', children: [{ kind: 'and', children: [term('a'), term('b')] }, term('c')] })
    expect(lucene('a || b && c')).toEqual(lucene('a OR b AND c'))
  })
  it('reads NOT, AND NOT, leading NOT and -field:', () => {
    expect(lucene('a NOT b')).toEqual({ kind: 'and', children: [term('a'), { kind: 'not', child: term('b') }] })
    expect(lucene('a AND NOT b')).toEqual(lucene('a NOT b'))
    expect(lucene('NOT a')).toEqual({ kind: 'not', child: term('a') })
    expect(lucene('-tags:x')).toEqual({ kind: 'not', child: term('x', 'tags') })
    expect(lucene('+tags:x')).toEqual(term('x', 'tags'))
  })
  it('reads -( ) and field groups', () => {
    expect(lucene('a -(b c)')).toEqual({
      kind: 'and',
      children: [term('a'), { kind: 'not', child: { kind: 'and', children: [term('b'), term('c')] } }],
    })
    expect(lucene('title:(a OR b)')).toEqual({ kind: 'or', children: [term('a', 'title'), term('b', 'title')] })
    expect(lucene('-title:(a b)')).toEqual({ kind: 'not', child: { kind: 'and', children: [term('a', 'title'), term('b', 'title')] } })
  })
  it('reads phrases, proximity, escapes and wildcards', () => {
    expect(lucene('tags:"open data"')).toEqual({ kind: 'term', field: 'tags', value: 'open data', quoted: true })
    expect(lucene('"a b"~3')).toEqual({ kind: 'term', field: 'text', value: 'a b', quoted: true, proximity: 3 })
    expect(lucene('url:http\\:\\/\\/x')).toEqual(term('http://x', 'url'))
    expect(lucene('name:ab*')).toEqual({ kind: 'wildcard', field: 'name', pattern: 'ab*' })
    expect(lucene('name:a?c')).toEqual({ kind: 'wildcard', field: 'name', pattern: 'a?c' })
    expect(lucene('name:a\\*c')).toEqual(term('a*c', 'name'))
  })
  it('reads field:* as "has the field"', () => {
    expect(lucene('notes:*')).toEqual({ kind: 'exists', field: 'notes' })
  })
  it('reads ranges with * and NOW date math', () => {
    expect(lucene('metadata_modified:[2024-01-01T00:00:00Z TO NOW/DAY]')).toEqual({
      kind: 'range', field: 'metadata_modified', min: '2024-01-01T00:00:00Z', max: 'NOW/DAY', minInclusive: true, maxInclusive: true,
    })
    expect(lucene('x:{* TO NOW-1DAY]')).toMatchObject({ min: null, max: 'NOW-1DAY', minInclusive: false, maxInclusive: true })
    expect(lucene('-x:[a TO b}')).toMatchObject({ kind: 'not', child: { kind: 'range', minInclusive: true, maxInclusive: false } })
  })
  it('drops edit distances and boosts', () => {
    expect(lucene('bar~2 baz^3')).toEqual({ kind: 'and', children: [term('bar'), term('baz')] })
  })
  it('is lenient in DisMax mode: special characters and a dangling quote are text', () => {
    expect(dismax('"flood river')).toEqual({ kind: 'and', children: [term('flood'), term('river')] })
    expect(dismax('(flood')).toEqual(term('(flood'))
    expect(dismax('a [b')).toEqual({ kind: 'and', children: [term('a'), term('[b')] })
  })
  it('throws Search Error for what Lucene cannot parse', () => {
    for (const q of ['title:"abc', 'a:b:c', '(a', 'a)', 'x:[a TO', 'tags:']) expect(() => lucene(q), q).toThrow(SearchError)
    expect(() => lucene('{!lucene}x')).toThrow("Search error: 'Local parameters are not supported.'")
    expect(() => lucene('x:/re/')).toThrow(SearchError)
  })
  it('refuses more than 1,024 clauses', () => {
    const many = Array.from({ length: 1100 }, (_, i) => `w${i}`)
    expect(() => lucene(many.join(' OR '))).toThrow(/too many boolean clauses/)
    expect(() => dismax(many.join(' '))).toThrow(/too many boolean clauses/)
    expect(() => lucene(Array.from({ length: 10000 }, () => '(').join('') + 'a')).toThrow(SearchError)
  })
})
