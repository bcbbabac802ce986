/**
 * search_terms.field keys (search/term-fields.ts): the common fields stored as
 * small integers, the others by name. (Catalogs indexed before keys, migration
 * 0010, are indexed again since migration 0019 moved the index to its own file.)
 */
import { describe, expect, it } from 'vitest'
import { Engine } from '../../../../electron/engine/engine.ts'
import { termFieldName } from '../../../../electron/engine/search/term-fields.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

function seed(t: TestEngine): void {
  t.call('organization_create', t.sysadmin, { name: 'org' })
  t.call('group_create', t.sysadmin, { name: 'rivers' })
  for (const [name, tag] of [['aa', 'water'], ['bb', 'water'], ['cc', 'air']]) {
    t.call('package_create', t.sysadmin, {
      name, owner_org: 'org', groups: [{ name: 'rivers' }], license_id: 'cc-by', tags: [{ name: tag }],
      // A custom key named like a field number must stay a field of its own.
      extras: [{ key: 'frequency', value: 'monthly' }, { key: '1', value: 'one' }],
      resources: [{ url: `http://example.org/${name}.csv`, format: 'CSV' }],
    })
  }
}

/** What searches answer, for comparing a catalog before and after its index changed shape. */
function answers(engine: Engine) {
  const call = (name: string, params: Record<string, unknown>): any => engine.call(name, engine.anonymous(), params)
  const names = (params: Record<string, unknown>) => call('package_search', { sort: 'name asc', ...params }).results.map((d: { name: string }) => d.name)
  return {
    tags: names({ fq: 'tags:water' }),
    format: names({ fq: 'res_format:CSV' }),
    url: names({ q: 'res_url:"http://example.org/cc.csv"' }),
    groups: names({ fq: 'groups:rivers' }),
    extra: names({ fq: 'frequency:monthly' }),
    numbered: names({ fq: '1:one' }),
    facets: call('package_search', { 'facet.field': '["tags", "license_id", "frequency", "1"]', rows: 0 }).search_facets,
    tagList: call('tag_list', {}),
    sorted: names({ sort: 'frequency asc, name desc' }),
  }
}

describe('search term field keys', () => {
  it('stores the common fields as integers and the others by name, and answers as before', () => {
    const t = testEngine()
    seed(t)
    const found = answers(t.engine) // searching first catches the index up
    const kinds = t.engine.db.prepare('SELECT DISTINCT typeof(field) AS kind, field FROM search_terms ORDER BY 2').all() as { kind: string; field: unknown }[]
    expect(kinds.filter((row) => row.kind === 'integer').map((row) => termFieldName(row.field as number)).sort()).toEqual(
      ['groups', 'isopen', 'license_id', 'license_title', 'license_url', 'organization', 'res_format', 'res_url', 'tags'].sort(),
    )
    expect(kinds.filter((row) => row.kind === 'text').map((row) => row.field).sort()).toEqual(['1', 'extras_1', 'extras_frequency', 'frequency'])
    expect(found.tags).toEqual(['aa', 'bb'])
    expect(found.format).toEqual(['aa', 'bb', 'cc'])
    expect(found.url).toEqual(['cc'])
    expect(found.groups).toEqual(['aa', 'bb', 'cc'])
    expect(found.extra).toEqual(['aa', 'bb', 'cc'])
    expect(found.numbered).toEqual(['aa', 'bb', 'cc'])
    expect(found.facets.tags.items).toEqual(expect.arrayContaining([{ name: 'water', display_name: 'water', count: 2 }]))
    expect(found.facets['1'].items).toEqual([{ name: 'one', display_name: 'one', count: 3 }])
    expect(found.tagList).toEqual(['water', 'air'])
    expect(found.sorted).toEqual(['cc', 'bb', 'aa'])
    t.close()
  })
})
