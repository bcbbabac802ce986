import { afterAll, describe, expect, it } from 'vitest'
import { searchCatalog } from './search-catalog.ts'

const catalog = searchCatalog()
const { t } = catalog
afterAll(() => t.close())

/** Names an anonymous search returns for q (and optional extra params). */
function found(q: string, params: Record<string, unknown> = {}): string[] {
  return catalog.names(t.anonymous, { q, ...params })
}

describe('package_search query language: free text (DisMax)', () => {
  it('matches everything for an empty query, "*:*" and ""', () => {
    expect(found('')).toEqual(catalog.publicNames)
    expect(found('*:*')).toEqual(catalog.publicNames)
    expect(found('""')).toEqual(catalog.publicNames)
  })
  it('finds a word in the title', () => {
    expect(found('bus')).toEqual(['bus-stops'])
  })
  it('stems English words (flood finds floods and flooding)', () => {
    expect(found('flood')).toEqual(['flood-risk', 'hospital-beds'])
  })
  it('ignores case and diacritics', () => {
    expect(found('ZURICH')).toEqual(['flood-risk'])
  })
  it('requires both of two words', () => {
    expect(found('transport traffic')).toEqual(['traffic-counts'])
  })
  it('requires all but one of three words (CKAN mm 2<-1 5<80%)', () => {
    expect(found('bus traffic junctions')).toEqual(['traffic-counts'])
    expect(found('bus stops junctions')).toEqual(['bus-stops'])
  })
  it('searches tags, organization titles, resource names and extras values', () => {
    expect(found('survey')).toEqual([])
    expect(found('Environment Agency')).toEqual(['air-quality', 'flood-risk'])
    expect(found('Stops')).toEqual(['bus-stops'])
    expect(found('Europe')).toEqual(['flood-risk'])
  })
  it('applies + and - to words', () => {
    expect(found('transport -bus')).toEqual(['traffic-counts'])
    expect(found('+health +water')).toEqual(['flood-risk'])
  })
  it('matches a quoted phrase only in order', () => {
    expect(found('"traffic counts"')).toEqual(['traffic-counts'])
    expect(found('"counts traffic"')).toEqual([])
  })
  it('expands a trailing wildcard', () => {
    expect(found('hosp*')).toEqual(['hospital-beds'])
  })
  it('takes a dangling quote literally, as DisMax does', () => {
    expect(found('"bus')).toEqual(['bus-stops'])
  })
})

describe('package_search query language: fields (Lucene)', () => {
  it('matches tags exactly and case-sensitively', () => {
    expect(found('tags:transport')).toEqual(['bus-stops', 'traffic-counts'])
    expect(found('tags:Transport')).toEqual([])
    expect(found('tags:"open data"')).toEqual(['bus-stops'])
    expect(found('tags:open\\ data')).toEqual(['bus-stops'])
  })
  it('matches res_format, license_id, organization and groups', () => {
    expect(found('res_format:CSV')).toEqual(['bus-stops', 'flood-risk', 'hospital-beds', 'traffic-counts'])
    expect(found('license_id:cc-by')).toEqual(['bus-stops', 'flood-risk', 'hospital-beds'])
    expect(found('organization:transport-dept')).toEqual(['bus-stops', 'traffic-counts'])
    expect(found('groups:climate')).toEqual(['air-quality', 'flood-risk'])
  })
  it('matches id, owner_org, name, type and dataset_type', () => {
    const bus = catalog.search(t.anonymous, { q: 'name:bus-stops' }).results[0]
    expect(found(`id:${bus.id}`)).toEqual(['bus-stops'])
    expect(found(`owner_org:${bus.owner_org}`)).toEqual(['bus-stops', 'traffic-counts'])
    expect(found('type:dataset')).toEqual(catalog.publicNames)
    expect(found('dataset_type:dataset')).toEqual(catalog.publicNames)
    expect(found('type:harvest')).toEqual([])
  })
  it('matches words inside tokenised fields', () => {
    expect(found('title:traffic')).toEqual(['traffic-counts'])
    expect(found('notes:nitrogen')).toEqual(['air-quality'])
    expect(found('res_name:stops')).toEqual(['bus-stops'])
    expect(found('author:ada')).toEqual(['bus-stops'])
    expect(found('title:"counts traffic"~2')).toEqual(['traffic-counts'])
  })
  it('matches extras as extras_{key} (words) and {key} (exact), and custom fields', () => {
    expect(found('extras_frequency:monthly')).toEqual(['bus-stops'])
    expect(found('extras_spatial:europe')).toEqual(['flood-risk'])
    expect(found('frequency:daily')).toEqual(['traffic-counts'])
    expect(found('update_frequency:weekly')).toEqual(['flood-risk'])
  })
  it('combines with AND, OR, NOT, -field:, + and parentheses', () => {
    expect(found('res_format:CSV AND -tags:transport')).toEqual(['flood-risk', 'hospital-beds'])
    expect(found('(tags:health OR tags:water) AND NOT res_format:GeoJSON')).toEqual(['hospital-beds'])
    expect(found('tags:health -(res_format:GeoJSON)')).toEqual(['hospital-beds'])
    expect(found('+tags:transport -name:bus-stops')).toEqual(['traffic-counts'])
    expect(found('tags:bus OR tags:air')).toEqual(['air-quality', 'bus-stops'])
    expect(found('tags:transport OR tags:health AND res_format:GeoJSON')).toEqual(['bus-stops', 'flood-risk', 'traffic-counts'])
    expect(found('-tags:transport')).toEqual(['air-quality', 'flood-risk', 'hospital-beds'])
    expect(found('title:(traffic OR air)')).toEqual(['air-quality', 'traffic-counts'])
  })
  it('supports wildcards on exact and text fields', () => {
    expect(found('name:bus*')).toEqual(['bus-stops'])
    expect(found('name:*-risk')).toEqual(['flood-risk'])
    expect(found('name:?us-stops')).toEqual(['bus-stops'])
    expect(found('tags:env*')).toEqual(['air-quality', 'flood-risk'])
    expect(found('title:tr?ff*c')).toEqual(['traffic-counts'])
    // As in Solr, patterns match the indexed (stemmed) words: "hospital" is indexed as "hospit".
    expect(found('title:hosp*t')).toEqual(['hospital-beds'])
    expect(found('organization:health-*')).toEqual(['hospital-beds'])
  })
  it('tests for a field with field:*', () => {
    expect(found('-author:*')).toEqual(['air-quality', 'flood-risk', 'hospital-beds', 'traffic-counts'])
    expect(found('groups:*')).toEqual(['air-quality', 'bus-stops', 'flood-risk', 'traffic-counts'])
    expect(found('license_id:*')).toEqual(['bus-stops', 'flood-risk', 'hospital-beds', 'traffic-counts'])
  })
  it('supports ranges with * and NOW date math', () => {
    expect(found('metadata_modified:[* TO NOW]')).toEqual(catalog.publicNames)
    expect(found('metadata_created:[NOW-1DAY TO NOW/DAY+1DAY]')).toEqual(catalog.publicNames)
    expect(found('metadata_modified:[NOW+1DAY TO *]')).toEqual([])
    expect(found('metadata_modified:[2000-01-01T00:00:00Z TO NOW]')).toEqual(catalog.publicNames)
    const flood = catalog.search(t.anonymous, { q: 'name:flood-risk' }).results[0]
    expect(found(`metadata_modified:{${flood.metadata_modified.replace(/:/g, '\\:')} TO *]`)).toEqual(['air-quality'])
    expect(found(`metadata_modified:[* TO ${flood.metadata_modified.replace(/:/g, '\\:')}]`)).toEqual(
      ['bus-stops', 'flood-risk', 'hospital-beds', 'traffic-counts'],
    )
    expect(found('num_resources:[2 TO *]')).toEqual(['flood-risk', 'traffic-counts'])
    expect(found('num_resources:0')).toEqual(['air-quality'])
    expect(found('name:[b TO f}')).toEqual(['bus-stops'])
  })
  it('knows capacity, entity_type and site_id', () => {
    expect(found('capacity:public')).toEqual(catalog.publicNames)
    expect(found('capacity:private')).toEqual([])
    expect(found('entity_type:package')).toEqual(catalog.publicNames)
    expect(found('site_id:default')).toEqual(catalog.publicNames)
  })
  it('matches nothing for a field no dataset has (Solr’s catch-all field)', () => {
    expect(found('nosuchfield:x')).toEqual([])
    expect(found('nosuchfield:*')).toEqual([])
  })
  it('applies fq and fq_list as filters', () => {
    expect(found('transport', { fq: 'organization:transport-dept' })).toEqual(['bus-stops', 'traffic-counts'])
    expect(found('', { fq_list: ['tags:transport', 'res_format:JSON'] })).toEqual(['traffic-counts'])
    expect(found('flood', { fq: 'tags:water' })).toEqual(['flood-risk'])
    expect(found('', { fq: 'tags:transport tags:bus' })).toEqual(['bus-stops'])
  })
})
