import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, exchange, expectLikeCkan, hasExchanges, minimal, recordedError, recordedResult, type Catalog } from './catalog.ts'

describe.skipIf(!hasExchanges)('package_revise as CKAN 2.10 answers it', () => {
  it('updates on a matching metadata_modified (044), refuses a stale one (045), merges update__resources__0 (046)', () => {
    const t = catalog()
    const full = t.call('package_create', t.sysadmin, exchange('022').request.body)
    const patched = t.call('package_patch', t.sysadmin, { ...exchange('043').request.body, id: full.id })
    const match = { id: full.id, metadata_modified: patched.metadata_modified }
    const revised = t.call('package_revise', t.sysadmin, { ...exchange('044').request.body, match })
    expectLikeCkan(revised, recordedResult('044'))
    expect(t.failure('package_revise', t.sysadmin, { ...exchange('045').request.body, match })).toEqual(recordedError('045'))
    const body = { ...exchange('046').request.body, match: { id: full.id } }
    const result = t.call('package_revise', t.sysadmin, body)
    expectLikeCkan(result, recordedResult('046'))
    expect(result.package.resources[0].metadata_modified > full.resources[0].metadata_modified).toBe(true)
    expect(result.package.resources[1].metadata_modified).toBe(full.resources[1].metadata_modified)
    t.close()
  })
})

describe('package_revise', () => {
  let t: Catalog
  let created: any
  beforeEach(() => {
    t = catalog()
    created = minimal(t, 'to-revise', {
      notes: 'notes',
      resources: [
        { url: 'http://example.org/a.csv', name: 'a' },
        { url: 'http://example.org/b.csv', name: 'b' },
      ],
    })
  })
  afterEach(() => t.close())

  it('needs match.id or match.name', () => {
    expect(t.failure('package_revise', t.sysadmin, { update: { title: 'x' } })).toEqual({
      __type: 'Validation Error',
      match__id: 'Missing value',
    })
  })

  it("picks the dataset as CKAN's 'id or name': an empty id falls through, an empty last value asks for name_or_id", () => {
    // match__id '' gives way to match.name, as Python's `or` does; the empty id then fails to match (was a 404).
    expect(t.failure('package_revise', t.sysadmin, { match__id: '', match: { name: 'to-revise' } })).toEqual({ __type: 'Validation Error', match: ['id'] })
    expect(t.failure('package_revise', t.sysadmin, { match: { id: '', name: 'to-revise' } })).toEqual({ __type: 'Validation Error', match: ['id'] })
    expect(t.failure('package_revise', t.sysadmin, { match: { name: '' } })).toEqual({ __type: 'Validation Error', name_or_id: ['Missing value'] })
    expect(t.failure('package_revise', t.sysadmin, { match: { id: '' } })).toEqual({ __type: 'Validation Error', match__id: 'Missing value' })
  })

  it('reports every path that does not match, lists element by element', () => {
    const error = t.failure('package_revise', t.sysadmin, {
      match: { name: 'to-revise', notes: 'other', resources: [{ name: 'a' }, { name: 'zzz' }] },
    })
    expect(error).toEqual({ __type: 'Validation Error', match: ['notes', 'resources__1__name'] })
  })

  it('accepts flattened keys, JSON strings, id prefixes and list extension', () => {
    const prefix = created.resources[1].id.slice(0, 8)
    const result = t.call('package_revise', t.sysadmin, {
      match__name: 'to-revise',
      update: '{"title": "Revised"}',
      [`update__resources__${prefix}__description`]: 'by prefix',
      update__resources__extend: '[{"url": "http://example.org/c.json", "name": "c"}]',
      'update__resources__-1__description': 'the new last one',
    })
    const resources = result.package.resources
    expect(result.package.title).toBe('Revised')
    expect(resources.map((r: any) => r.name)).toEqual(['a', 'b', 'c'])
    expect(resources[1].description).toBe('by prefix')
    expect(resources[2]).toMatchObject({ description: 'the new last one', format: 'JSON', mimetype: 'application/json' })
  })

  it('removes fields with filter, keeps the id, and trims the answer with include', () => {
    const result = t.call('package_revise', t.sysadmin, {
      match: { id: created.id },
      filter: ['-resources__0', '-notes'],
      include: ['+package__id', '+package__resources', '-package__*'],
    })
    expect(Object.keys(result.package).sort()).toEqual(['id', 'resources'])
    expect(result.package.resources.map((r: any) => r.name)).toEqual(['b'])
    expect(t.call('package_show', t.sysadmin, { id: created.id }).notes).toBeNull()
  })

  it('reports keys it cannot resolve', () => {
    // CKAN keys the error by the path without its update__ prefix.
    expect(t.failure('package_revise', t.sysadmin, { match: { id: created.id }, update__resources__7__name: 'x' })).toEqual({
      __type: 'Validation Error',
      resources__7__name: ['Unmatched key resources__7'],
    })
    // A match__ path the dataset lacks is a DataError CKAN does not catch there: 400, with the request.
    const request = { match__id: created.id, match__resources__7__name: 'nope' }
    expect(t.failure('package_revise', t.sysadmin, request)).toEqual({
      __type: 'Integrity Error', message: 'Unmatched key resources__7', data: request,
    })
    // A structural error in the revised dataset echoes the request too, not the revised dict (CKAN revises a copy).
    const badTag = { match: { id: created.id }, update: { tags: [{ name: 'fine' }, 'not a dict'] } }
    expect(t.failure('package_revise', t.sysadmin, badTag)).toEqual({
      __type: 'Integrity Error',
      message: "Only lists of dicts can be placed against subschema ('tags', 1), not <class 'str'>",
      data: badTag,
    })
    expect(t.failure('package_revise', t.sysadmin, { match: { id: created.id }, update: { resources: 'x' } })).toEqual({
      __type: 'Validation Error',
      update: ['Expected list for resources'],
    })
    expect(t.failure('package_revise', t.sysadmin, { match: 'not json' })).toEqual({
      __type: 'Validation Error',
      match: ['Must be a dict'],
    })
  })

  it('refuses a match whose list is longer than the dataset\'s, writing nothing', () => {
    const before = t.call('package_show', t.sysadmin, { id: created.id })
    const resources = before.resources.map(() => ({}))
    expect(t.failure('package_revise', t.sysadmin, { match: { id: created.id, resources: [...resources, { name: 'ghost' }] }, update: { notes: 'no' } })).toEqual({
      __type: 'Validation Error', match: [`resources__${resources.length}`],
    })
    expect(t.failure('package_revise', t.sysadmin, { match__id: created.id, match__tags: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }, { name: 'e' }, { name: 'f' }] }).match)
      .toContain('tags__5')
    expect(t.call('package_show', t.sysadmin, { id: created.id })).toEqual(before)
  })

  it('needs update rights on the dataset', () => {
    expect(t.failure('package_revise', t.anonymous, { match: { id: created.id }, update: { title: 'x' } })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action package_revise requires an authenticated user',
    })
    expect(t.failure('package_revise', t.member, { match: { id: created.id }, update: { title: 'x' } }).message).toBe(
      `Access denied: User member-user-ac8697 not authorized to edit package ${created.id}`,
    )
    expect(t.call('package_revise', t.editor, { match: { id: created.id }, update: { title: 'x' } }).package.title).toBe('x')
  })
})
