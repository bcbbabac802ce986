import { existsSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { exchangesDir, seedDataset } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

/** Four orgs: zed (untitled), "Beta" with 2 datasets, "Alpha" with 1 public + 1 private, "alpha lower". */
function fourOrgs() {
  t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'zed' })
  const beta = t.call('organization_create', t.sysadmin, { name: 'beta', title: 'Beta', description: 'Second letter' })
  const alpha = t.call('organization_create', t.sysadmin, { name: 'alpha', title: 'Alpha' })
  t.call('organization_create', t.sysadmin, { name: 'alpha-lower', title: 'alpha lower' })
  seedDataset(t, { name: 'b1', ownerOrg: beta.id })
  seedDataset(t, { name: 'b2', ownerOrg: beta.id })
  seedDataset(t, { name: 'a1', ownerOrg: alpha.id })
  seedDataset(t, { name: 'a2', ownerOrg: alpha.id, private: true })
}

describe('organization_list', () => {
  it('sorts by raw title by default, untitled first, byte order (063, 065)', () => {
    fourOrgs()
    expect(t.call('organization_list', t.anonymous)).toEqual(['zed', 'alpha', 'beta', 'alpha-lower'])
  })

  it('sorts by name, either way', () => {
    fourOrgs()
    expect(t.call('organization_list', t.anonymous, { sort: 'name' })).toEqual(['alpha', 'alpha-lower', 'beta', 'zed'])
    expect(t.call('organization_list', t.anonymous, { sort: 'name desc' })).toEqual(['zed', 'beta', 'alpha-lower', 'alpha'])
  })

  it('sorts by package_count, bare meaning descending, leaving out those with no dataset as CKAN\'s join does', () => {
    fourOrgs()
    seedDataset(t, { name: 'b3', ownerOrg: t.call('organization_show', t.sysadmin, { id: 'beta' }).id })
    expect(t.call('organization_list', t.anonymous, { sort: 'package_count' })).toEqual(['beta', 'alpha'])
    expect(t.call('organization_list', t.anonymous, { sort: 'package_count asc' })).toEqual(['alpha', 'beta'])
    expect(t.call('organization_list', t.anonymous, { sort: 'package_count', limit: 1, offset: 1 })).toEqual(['alpha'])
  })

  it.each([
    ['created', 'Cannot sort by field `created`'],
    ['name sideways', 'Invalid sort direction `sideways`'],
    ['name asc, title desc', 'Too many sort criteria provided only 1 allowed'],
    // CKAN checks every criterion before counting them.
    ['name asc, bogus', 'Cannot sort by field `bogus`'],
    ['name, title Sideways', 'Invalid sort direction `sideways`'],
    // Names an object has by inheritance are no fields either (they reached SQLite: a 500).
    ['constructor', 'Cannot sort by field `constructor`'],
    ['toString desc', 'Cannot sort by field `toString`'],
  ])('refuses the sort %j', (sort, message) => {
    fourOrgs()
    expect(t.failure('organization_list', t.anonymous, { sort })).toEqual({ __type: 'Validation Error', message })
  })

  it('pages with limit and offset', () => {
    fourOrgs()
    expect(t.call('organization_list', t.anonymous, { sort: 'name', limit: 2, offset: 1 })).toEqual(['alpha-lower', 'beta'])
    expect(t.call('organization_list', t.anonymous, { sort: 'name', limit: '1' })).toEqual(['alpha'])
  })

  it('validates limit and offset', () => {
    fourOrgs()
    expect(t.failure('organization_list', t.anonymous, { limit: 'ten' })).toEqual({ __type: 'Validation Error', limit: ['Invalid integer'] })
    expect(t.failure('organization_list', t.anonymous, { offset: -1 })).toEqual({
      __type: 'Validation Error',
      offset: ['Must be a natural number'],
    })
  })

  it('filters by a substring of name, title or description, case-insensitively', () => {
    fourOrgs()
    expect(t.call('organization_list', t.anonymous, { q: 'ALPHA', sort: 'name' })).toEqual(['alpha', 'alpha-lower'])
    expect(t.call('organization_list', t.anonymous, { q: 'second' })).toEqual(['beta'])
    // CKAN's ILIKE '%q%' leaves q's own wildcards active; a backslash escapes one.
    expect(t.call('organization_list', t.anonymous, { q: '%', sort: 'name' })).toEqual(['alpha', 'alpha-lower', 'beta', 'zed'])
    expect(t.call('organization_list', t.anonymous, { q: 'b_ta' })).toEqual(['beta'])
    expect(t.call('organization_list', t.anonymous, { q: 'b\\_ta' })).toEqual([])
  })

  it('filters by a list of names, or one name as a string', () => {
    fourOrgs()
    expect(t.call('organization_list', t.anonymous, { organizations: ['zed', 'beta'], sort: 'name' })).toEqual(['beta', 'zed'])
    expect(t.call('organization_list', t.anonymous, { organizations: 'zed' })).toEqual(['zed'])
  })

  it('lists neither groups nor deleted organizations', () => {
    fourOrgs()
    t.call('group_create', t.sysadmin, { name: 'a-group' })
    t.call('organization_delete', t.sysadmin, { id: 'zed' })
    expect(t.call('organization_list', t.anonymous)).toEqual(['alpha', 'beta', 'alpha-lower'])
  })

  it.skipIf(!existsSync(exchangesDir))('returns show dicts with all_fields, as 064', () => {
    fourOrgs()
    const recorded = JSON.parse(readFileSync(new URL('064-organization_list-all-fields.json', exchangesDir), 'utf8'))
    const [first] = t.call('organization_list', t.anonymous, { all_fields: true, limit: 2 })
    expect(Object.keys(first).sort()).toEqual(Object.keys(recorded.response.body.result[0]).sort())
    expect(first).toMatchObject({ name: 'zed', title: '', description: '', display_name: 'zed', num_followers: 0 })
  })

  it('counts private datasets in all_fields only for readers (065)', () => {
    fourOrgs()
    const anon = t.call('organization_list', t.anonymous, { all_fields: true, organizations: ['alpha'] })
    expect(anon[0].package_count).toBe(1)
    const admin = t.call('organization_list', t.sysadmin, { all_fields: true, organizations: ['alpha'] })
    expect(admin[0].package_count).toBe(2)
  })

  it('adds users or extras to all_fields entries only when asked', () => {
    fourOrgs()
    const [entry] = t.call('organization_list', t.anonymous, { all_fields: true, include_users: true, include_extras: 'true', limit: 1 })
    expect(entry.users).toHaveLength(1)
    expect(entry.extras).toEqual([])
    expect('tags' in entry).toBe(false)
  })

  it('clamps limit to 25 with all_fields and to 1000 without', () => {
    t = testEngine()
    for (let i = 0; i < 27; i++) t.call('organization_create', t.sysadmin, { name: `org-${String(i).padStart(2, '0')}` })
    expect(t.call('organization_list', t.anonymous, { all_fields: true })).toHaveLength(25)
    expect(t.call('organization_list', t.anonymous, { all_fields: true, limit: 100 })).toHaveLength(25)
    expect(t.call('organization_list', t.anonymous, { limit: 5000 })).toHaveLength(27)
  })
})

describe('group_list', () => {
  it('lists groups only, with the same options', () => {
    fourOrgs()
    t.call('group_create', t.sysadmin, { name: 'g-two', title: 'B' })
    t.call('group_create', t.sysadmin, { name: 'g-one', title: 'A' })
    expect(t.call('group_list', t.anonymous)).toEqual(['g-one', 'g-two'])
    expect(t.call('group_list', t.anonymous, { groups: 'g-two' })).toEqual(['g-two'])
    expect(t.call('group_list', t.anonymous, { sort: 'name desc', limit: 1 })).toEqual(['g-two'])
    expect(t.failure('group_list', t.anonymous, { sort: 'size' }).message).toBe('Cannot sort by field `size`')
  })

  it('counts only public datasets, members or not', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'owner' })
    const pub = seedDataset(t, { name: 'pub', ownerOrg: org.id })
    const priv = seedDataset(t, { name: 'priv', ownerOrg: org.id, private: true })
    t.call('group_create', t.sysadmin, { name: 'topic', packages: [{ id: pub }, { id: priv }] })
    expect(t.call('group_list', t.sysadmin, { all_fields: true })[0].package_count).toBe(1)
  })
})
