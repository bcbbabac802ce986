/**
 * CKAN's legacy functional API tests (ckan/tests/legacy/functional/api/),
 * their /api/3/action requests replayed over the real HTTP door against
 * CreateTestData's catalog: annakarenina and warandpeace, groups david and
 * roger.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDoor, type Door } from './door.ts'

let door: Door

beforeAll(async () => {
  door = await startDoor()
  const { t } = door
  t.call('organization_create', t.sysadmin, { name: 'home' })
  t.call('group_create', t.sysadmin, { name: 'david', title: 'Dave\'s books' })
  t.call('group_create', t.sysadmin, { name: 'roger', title: 'Roger\'s books' })
  t.call('package_create', t.sysadmin, {
    name: 'annakarenina',
    title: 'A Novel By Tolstoy',
    owner_org: 'home',
    tags: [{ name: 'russian' }, { name: 'tolstoy' }, { name: 'Flexible \u30a1' }],
    groups: [{ name: 'david' }, { name: 'roger' }],
    resources: [{ url: 'http://datahub.io/download/x=1&y=2', format: 'plain text' }],
  })
  t.call('package_create', t.sysadmin, {
    name: 'warandpeace',
    title: 'A Wonderful Story',
    owner_org: 'home',
    tags: [{ name: 'russian' }, { name: 'Flexible \u30a1' }],
    groups: [{ name: 'david' }],
  })
  t.call('package_create', t.sysadmin, {
    name: 'testpkg',
    title: 'Some Title',
    url: 'http://blahblahblah.mydomain',
    owner_org: 'home',
    resources: [{ url: 'http://blahblahblah.mydomain', format: '', description: '' }],
    tags: [{ name: 'russion' }, { name: 'novel' }],
    license_id: 'gpl-3.0',
    extras: [
      { key: 'national_statistic', value: 'yes' },
      { key: 'geographic_coverage', value: 'England, Wales' },
    ],
  })
})
afterAll(() => door?.close())

const search = (query: string) => door.request(`/api/3/action/package_search${query}`)

describe('test_package_search.py (TestPackageSearchApi3)', () => {
  it('test_01_uri_q / test_02_post_q / test_04_post_json: GET, form POST and JSON POST find testpkg', async () => {
    const replies = [
      await search('?q=testpkg'),
      await door.request('/api/3/action/package_search', {
        body: 'q=testpkg',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      await door.action('package_search', { q: 'testpkg' }, null),
    ]
    for (const reply of replies) {
      expect(reply.status).toBe(200)
      expect(reply.json.result.count).toBe(1)
      expect(reply.json.result.results[0].name).toBe('testpkg')
    }
  })

  it('test_06 / test_09 / test_10: tags: terms in q are all required', async () => {
    const q = async (query: string) => (await search(`?q=${encodeURIComponent(query)}`)).json.result
    const anna = await q('annakarenina tags:russian tags:tolstoy')
    expect(anna.count).toBe(1)
    expect(anna.results[0].name).toBe('annakarenina')
    expect((await q('tags:russian')).count).toBe(2)
    expect((await search('?q=tags:russian&fl=*')).json.result.count).toBe(2)
    expect((await q('tags:tolstoy tags:russian')).count).toBe(1)
    expect((await q('groups:roger')).count).toBe(1)
  })

  it('test_12_all_packages_q / _no_q: q="" and no q find all three', async () => {
    expect((await search('?q=%22%22')).json.result.count).toBe(3)
    expect((await search('')).json.result.count).toBe(3)
  })

  it('test_12_filter_by_openness / _downloadable / test_12_v1_or_v2_syntax: 400 naming the parameter', async () => {
    for (const name of ['filter_by_openness', 'filter_by_downloadable', 'all_fields']) {
      const reply = await search(`?${name}=1`)
      expect(reply.status, name).toBe(400)
      expect(reply.text).toContain(`Invalid search parameters: ['${name}']`)
    }
  })

  it('test_11_pagination_limit / _offset_limit: rows, start and sort', async () => {
    const first = (await search('?fl=*&q=tags:russian&rows=1&sort=name%20asc')).json.result
    expect(first.count).toBe(2)
    expect(first.results.map((p: any) => p.name)).toEqual(['annakarenina'])
    const second = (await search('?fl=*&q=tags:russian&start=1&rows=1&sort=name%20asc')).json.result
    expect(second.count).toBe(2)
    expect(second.results.map((p: any) => p.name)).toEqual(['warandpeace'])
  })

  it("fl=* answers each match's stored index fields, its extras moved up to the top level (package_search with fl)", async () => {
    const [found] = (await search('?q=name:testpkg&fl=*')).json.result.results
    expect(found).toMatchObject({
      name: 'testpkg',
      title: 'Some Title',
      entity_type: 'package',
      dataset_type: 'dataset',
      capacity: 'public',
      organization: 'home',
      tags: expect.arrayContaining(['novel', 'russion']),
      license_id: 'gpl-3.0',
      national_statistic: 'yes',
      geographic_coverage: 'England, Wales',
    })
    expect(found).not.toHaveProperty('extras')
    expect(found).not.toHaveProperty('resources')
  })

  it('test_11_pagination_validation_error: a non-integer start is a 409 Validation Error', async () => {
    const reply = await search('?fl=*&q=tags:russian&start=should_be_integer&rows=1&sort=name%20asc')
    expect(reply.status).toBe(409)
    expect(reply.json.error.__type).toBe('Validation Error')
  })
})
