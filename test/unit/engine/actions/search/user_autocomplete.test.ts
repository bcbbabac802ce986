import { afterAll, describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { searchCatalog } from './search-catalog.ts'

const { t, alice } = searchCatalog()
afterAll(() => t.close())

describe('user_autocomplete', () => {
  it('answers anonymous callers as user_list does: while user details are public', () => {
    expect(t.call('user_autocomplete', t.anonymous, { q: 'CAR' }).map((u: any) => u.name)).toEqual(['carol'])
    const closed = testEngine({ config: { publicUserDetails: false } })
    expect(closed.failure('user_autocomplete', closed.anonymous, { q: 'a' })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    closed.close()
  })
  it('lists users whose name contains q as {id, name, fullname}', () => {
    const result = t.call('user_autocomplete', alice, { q: 'CAR' })
    expect(result.map((u: any) => u.name)).toEqual(['carol'])
    expect(Object.keys(result[0]).sort()).toEqual(['fullname', 'id', 'name'])
  })
  it('matches emails only for sysadmins, and can leave the caller out', () => {
    expect(t.call('user_autocomplete', alice, { q: 'example.org' })).toEqual([])
    expect(t.call('user_autocomplete', t.sysadmin, { q: 'example.org' }).length).toBe(5)
    expect(t.call('user_autocomplete', alice, { q: 'alice', ignore_self: true })).toEqual([])
  })
  it("takes user_list's auth, as CKAN does: an email filter from anyone but a sysadmin is a bare 403", () => {
    expect(t.failure('user_autocomplete', alice, { q: 'alice', email: 'alice@example.org' })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    expect(t.call('user_autocomplete', t.sysadmin, { q: 'alice', email: 'alice@example.org' }).map((u: any) => u.name)).toEqual(['alice'])
  })
  it('reads ignore_self as CKAN does, by Python truthiness: any non-empty text leaves the caller out', () => {
    const names = (ignoreSelf: unknown) => t.call('user_autocomplete', alice, { q: 'alice', ignore_self: ignoreSelf }).map((u: any) => u.name)
    for (const sent of ['false', '0', 'true', 1, ['x']]) expect(names(sent), JSON.stringify(sent)).toEqual([])
    for (const sent of [false, '', 0, [], null]) expect(names(sent), JSON.stringify(sent)).toEqual(['alice'])
  })
})
