/**
 * image_display_url as CKAN 2.10's group_dictize computes it: an image_url
 * that does not start with "http" is an uploaded file, served under the
 * site's /uploads/group/.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => t?.close())

describe('image_display_url of an organization or group', () => {
  it('points a bare file name at the uploads folder, in every group dict', () => {
    t = testEngine({ config: { siteUrl: 'http://catalog.test/' } })
    const alice = t.user('alice')
    t.call('organization_create', alice, { name: 'org1', image_url: 'logo.png' })
    t.call('group_create', alice, { name: 'grp1', image_url: '2024-01-01-120000.000000logo.png' })
    const expected = 'http://catalog.test/uploads/group/logo.png'
    expect(t.call('organization_show', t.anonymous, { id: 'org1' })).toMatchObject({ image_url: 'logo.png', image_display_url: expected })
    expect(t.call('organization_list', t.anonymous, { all_fields: true })[0].image_display_url).toBe(expected)
    expect(t.call('organization_list_for_user', alice)[0].image_display_url).toBe(expected)
    expect(t.call('group_show', t.anonymous, { id: 'grp1' }).image_display_url).toBe(
      'http://catalog.test/uploads/group/2024-01-01-120000.000000logo.png',
    )
  })

  it('keeps an http(s) URL and an empty one as they are', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org1', image_url: 'https://example.org/a.png' })
    t.call('organization_create', t.sysadmin, { name: 'org2' })
    expect(t.call('organization_show', t.anonymous, { id: 'org1' }).image_display_url).toBe('https://example.org/a.png')
    expect(t.call('organization_show', t.anonymous, { id: 'org2' }).image_display_url).toBe('')
  })
})

describe("image_display_url in a dataset's groups", () => {
  it('is the same uploads address in package_show and package_search', () => {
    t = testEngine({ config: { siteUrl: 'http://catalog.test' } })
    t.call('group_create', t.sysadmin, { name: 'grp1', image_url: 'logo.png' })
    const org = t.call('organization_create', t.sysadmin, { name: 'org1' })
    const pkg = t.call('package_create', t.sysadmin, { name: 'ds1', owner_org: org.id, groups: [{ name: 'grp1' }] })
    const expected = 'http://catalog.test/uploads/group/logo.png'
    expect(t.call('package_show', t.anonymous, { id: pkg.id }).groups[0].image_display_url).toBe(expected)
    expect(t.call('package_search', t.anonymous, { q: 'name:ds1' }).results[0].groups[0].image_display_url).toBe(expected)
  })
})
