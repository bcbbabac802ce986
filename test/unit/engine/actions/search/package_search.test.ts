import { afterAll, describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { searchCatalog } from './search-catalog.ts'

const catalog = searchCatalog()
const { t } = catalog
afterAll(() => t.close())

const exchanges = join(dirname(fileURLToPath(import.meta.url)), '../../../../../../shared/fixtures/ckan-2.10-exchanges')

/**
 * Milliseconds of CPU a task takes. The build machines are shared, so "within
 * a second" is checked against the time this process computed, not the wall clock.
 */
function cpuMs(task: () => void): number {
  const from = process.cpuUsage()
  task()
  const used = process.cpuUsage(from)
  return (used.user + used.system) / 1000
}

/** The error body of a failing package_search, and the CPU milliseconds it took. */
function failure(params: Record<string, unknown>) {
  let body: any
  const ms = cpuMs(() => (body = t.failure('package_search', t.anonymous, params)))
  return { body, ms }
}

describe('package_search result', () => {
  it('has CKAN 2.10’s keys in its order', () => {
    expect(Object.keys(catalog.search(t.anonymous))).toEqual(['count', 'facets', 'results', 'sort', 'search_facets'])
  })
  it.skipIf(!existsSync(exchanges))('has the key set of the recorded CKAN exchange 093', () => {
    const recorded = JSON.parse(readFileSync(join(exchanges, '093-package_search-fq-organization.json'), 'utf8'))
    const result = catalog.search(t.anonymous, { fq: 'organization:transport-dept', rows: 2, sort: 'name asc', 'facet.field': '["tags","res_format"]' })
    expect(Object.keys(result)).toEqual(Object.keys(recorded.response.body.result))
    expect(Object.keys(result.search_facets)).toEqual(Object.keys(recorded.response.body.result.search_facets))
    expect(Object.keys(result.search_facets.tags.items[0])).toEqual(Object.keys(recorded.response.body.result.search_facets.tags.items[0]))
    expect(result.sort).toBe('name asc')
  })
  it('returns each dataset exactly as package_show does', () => {
    const result = catalog.search(t.sysadmin, { include_private: true, rows: 1000 })
    for (const dataset of result.results) expect(dataset).toEqual(t.call('package_show', t.sysadmin, { id: dataset.id }))
  })
  it('echoes the default sort, and "rank" means the default', () => {
    expect(catalog.search(t.anonymous).sort).toBe('score desc, metadata_modified desc')
    expect(catalog.search(t.anonymous, { sort: 'rank' }).sort).toBe('score desc, metadata_modified desc')
    // Only a missing sort or "rank" is replaced; an empty one is echoed as sent (and ranks by score).
    expect(catalog.search(t.anonymous, { sort: '' }).sort).toBe('')
    expect(catalog.search(t.anonymous, { sort: '' }).results).toEqual(catalog.search(t.anonymous).results)
  })
  it('returns 10 rows by default and pages with rows and start', () => {
    const all = catalog.names(t.anonymous, { sort: 'name asc' })
    const page = catalog.search(t.anonymous, { sort: 'name asc', rows: 2, start: 1 })
    expect(page.count).toBe(5)
    expect(page.results.map((r: any) => r.name)).toEqual(all.slice(1, 3))
    expect(catalog.search(t.anonymous, { rows: 0 }).results).toEqual([])
  })
  it('clamps rows above 1000 silently', () => {
    expect(catalog.search(t.anonymous, { rows: 100000 }).results.length).toBe(5)
    expect(catalog.search(t.anonymous, { rows: '5000' }).count).toBe(5)
  })
  it('returns only the index fields named by fl', () => {
    const result = catalog.search(t.anonymous, { q: 'name:bus-stops', fl: 'name tags res_format' })
    expect(result.results).toEqual([{ name: 'bus-stops', tags: ['bus', 'open data', 'transport'], res_format: ['CSV'] }])
  })
  it('names an extras_* field by the extra\'s own key with fl, and gives dataset_type', () => {
    const [first] = catalog.search(t.anonymous, { q: 'extras_frequency:monthly', fl: 'name extras_frequency dataset_type', rows: 1 }).results
    expect(first).toEqual({ name: first.name, frequency: 'monthly', dataset_type: 'dataset' })
  })
})

describe('package_search sorting', () => {
  it('sorts by name, title_string and metadata dates, either way', () => {
    const byName = [...catalog.publicNames]
    expect(catalog.search(t.anonymous, { sort: 'name asc' }).results.map((r: any) => r.name)).toEqual(byName)
    expect(catalog.search(t.anonymous, { sort: 'name desc' }).results.map((r: any) => r.name)).toEqual([...byName].reverse())
    expect(catalog.search(t.anonymous, { sort: 'title_string asc' }).results.map((r: any) => r.title)).toEqual(
      ['Air quality', 'Bus stops', 'Flooding risk areas', 'Hospital beds', 'Traffic counts 2024'],
    )
    const created = ['bus-stops', 'traffic-counts', 'hospital-beds', 'flood-risk', 'air-quality']
    expect(catalog.search(t.anonymous, { sort: 'metadata_created asc' }).results.map((r: any) => r.name)).toEqual(created)
    expect(catalog.search(t.anonymous).results.map((r: any) => r.name)).toEqual([...created].reverse())
  })
  it('sorts by several keys and by other indexed fields', () => {
    const result = catalog.search(t.anonymous, { sort: 'license_id asc, name desc' }).results.map((r: any) => r.name)
    expect(result).toEqual(['hospital-beds', 'flood-risk', 'bus-stops', 'traffic-counts', 'air-quality'])
  })
  it('ranks better text matches first by default', () => {
    expect(catalog.search(t.anonymous, { q: 'flood' }).results.map((r: any) => r.name)).toEqual(['flood-risk', 'hospital-beds'])
  })
})

describe('package_search errors', () => {
  it('refuses unknown parameters as CKAN does', () => {
    expect(failure({ q: 'bus', foo: 1, bar: 2 }).body).toEqual({
      __type: 'Search Query Error',
      message: `Search Query is invalid: "Invalid search parameters: ['foo', 'bar']"`,
    })
  })
  it('accepts the Solr parameters CKAN passes through and ext_ keys', () => {
    expect(catalog.search(t.anonymous, { q: 'bus', qf: 'title', wt: 'json', tie: '0.1', ext_bbox: '1,2,3,4' }).count).toBe(1)
  })
  it('refuses a bad sort', () => {
    for (const sort of ['name up', 'name', 'name asc,', 'name asc desc']) {
      expect(failure({ sort }).body).toEqual({ __type: 'Search Query Error', message: `Search Query is invalid: 'Invalid "sort" parameter'` })
    }
  })
  it('answers unparseable queries with a 409 Search Error', () => {
    for (const q of ['title:"abc', 'title:(flood AND water', 'metadata_modified:[2020-01-01T00:00:00Z TO', 'a:b:c', 'tags:']) {
      const { body, ms } = failure({ q })
      expect(body.__type, q).toBe('Search Error')
      expect(body.message.startsWith('Search error: ')).toBe(true)
      expect(ms).toBeLessThan(1000)
    }
    for (const fq of ['"unbalanced', '(tags:a', 'tags:[a TO']) expect(failure({ fq }).body.__type).toBe('Search Error')
  })
  it('reads include_private as CKAN does (asbool): numbers by truth, words in any case, unknown words as false', () => {
    const count = (include_private: unknown) => catalog.search(t.sysadmin, { include_private, rows: 0 }).count
    const all = count(true)
    const published = count(false)
    expect(all).toBeGreaterThan(published)
    expect([count(1), count(' ON '), count('Yes'), count([1])]).toEqual([all, all, all, all])
    expect([count(0), count('off'), count('maybe'), count(null)]).toEqual([published, published, published, published])
  })
  it('refuses local parameters and regular expressions', () => {
    const localParameters = (param: string) => ({ __type: 'Search Error', message: `Search error: "Local parameters are not supported in param '${param}'."` })
    expect(failure({ q: '{!lucene}bus' }).body).toEqual(localParameters('q'))
    expect(failure({ q: ' {!lucene}bus' }).body).toEqual(localParameters('q'))
    expect(failure({ fq: '{!frange l=1}x' }).body).toEqual(localParameters('fq'))
    expect(failure({ fq_list: ['tags:bus', '{!join from=a to=b}x'] }).body).toEqual(localParameters('fq_list'))
    expect(failure({ sort: '{!func}x asc' }).body).toEqual(localParameters('sort'))
    expect(failure({ q: 'name:/bu.*/' }).body.__type).toBe('Search Error')
  })
  it('refuses a query of 10,000 terms within a second, with or without fields', () => {
    const words = Array.from({ length: 10000 }, (_, i) => `w${i}`)
    for (const q of [words.join(' '), words.map((w) => `tags:${w}`).join(' OR '), `(${words.join(' AND ')})`]) {
      const { body, ms } = failure({ q })
      expect(body.__type).toBe('Search Error')
      expect(ms).toBeLessThan(1000)
    }
  })
  it('answers 1,000-term queries within a second', () => {
    const q = Array.from({ length: 1000 }, (_, i) => `tags:w${i}`).join(' OR ') + ' OR tags:bus'
    let names: string[] = []
    expect(cpuMs(() => (names = catalog.names(t.anonymous, { q })))).toBeLessThan(1000)
    expect(names).toEqual(['bus-stops'])
    const words = Array.from({ length: 999 }, (_, i) => `w${i}`).join(' ')
    expect(cpuMs(() => catalog.search(t.anonymous, { q: `bus ${words}` }))).toBeLessThan(1000)
  })
  it('treats FTS5 and SQL syntax in queries as plain text', () => {
    for (const q of [
      'NEAR(bus stops)', '"bus" NOT "stops"', '{title}: bus', 'title : bus*', '^bus', 'bus AND', 'bus OR OR stops',
      "'; DROP TABLE packages; --", "x' OR '1'='1", 'name:x\\\' OR 1=1 --', 'tags:"a"" OR ""b"', '*', '?', '**', 'a:*', 'name:*',
      '\u0000', 'SELECT * FROM search_docs', 'title:"NEAR(a b)"',
    ]) {
      let answer: unknown
      const ms = cpuMs(() => {
        try {
          answer = catalog.search(t.anonymous, { q }).count
        } catch (error: any) {
          answer = error.body?.().__type
        }
      })
      expect(typeof answer === 'number' || answer === 'Search Error', q).toBe(true)
      expect(ms).toBeLessThan(1000)
    }
    expect(catalog.names(t.anonymous, { q: "'; DROP TABLE packages; --" })).toEqual([])
    expect(catalog.names(t.anonymous)).toEqual(catalog.publicNames)
  })
  it('never shows SQL in an error message', () => {
    for (const q of ['title:"abc', 'tags:(a OR', '{!x}', 'metadata_modified:[yesterday TO NOW]', 'notes:[a TO b]']) {
      const { body } = failure({ q })
      expect(body.message).not.toMatch(/SELECT|FROM |sqlite|search_docs|search_fts|MATCH/i)
    }
  })
  it('validates rows, start and the facet parameters as CKAN’s schema does', () => {
    expect(failure({ rows: 'abc' }).body).toEqual({ __type: 'Validation Error', rows: ['Invalid integer'] })
    // int_validator as Python runs it: a bool is an int (true is 1), a blank string is no value.
    expect(catalog.search(t.anonymous, { rows: true }).results).toHaveLength(1)
    expect(catalog.search(t.anonymous, { rows: false }).results).toHaveLength(0)
    expect(catalog.search(t.anonymous, { start: ' ' }).results).toEqual(catalog.search(t.anonymous).results)
    expect(failure({ rows: -1 }).body).toEqual({ __type: 'Validation Error', rows: ['Must be a natural number'] })
    expect(failure({ start: -5 }).body).toEqual({ __type: 'Validation Error', start: ['Must be a natural number'] })
    // An empty start (a GET's `start=`) is the first row, never a failure inside the search.
    expect(catalog.search(t.anonymous, { sort: 'name asc', start: '' }).results).toEqual(catalog.search(t.anonymous, { sort: 'name asc' }).results)
    // navl goes on after Invalid, so list_of_strings adds its own message, as CKAN's chain does.
    expect(failure({ 'facet.field': 'tags' }).body['facet.field'][0]).toBe('Could not parse as valid JSON')
    expect(failure({ 'facet.field': '{"a": 1}' }).body).toEqual({ __type: 'Validation Error', 'facet.field': ['Not a list'] })
    expect(failure({ 'facet.limit': 'x' }).body).toEqual({ __type: 'Validation Error', 'facet.limit': ['Invalid integer'] })
    expect(failure({ fq_list: 'tags:bus' }).body).toEqual({ __type: 'Validation Error', fq_list: ['Not a list'] })
  })
  it('refuses ranges on tokenised text and bad dates with a Search Error', () => {
    expect(failure({ q: 'notes:[a TO b]' }).body.__type).toBe('Search Error')
    expect(failure({ q: 'metadata_modified:[yesterday TO NOW]' }).body.__type).toBe('Search Error')
    expect(failure({ q: 'metadata_modified:[NOW-1FORTNIGHT TO NOW]' }).body.__type).toBe('Search Error')
  })
})
