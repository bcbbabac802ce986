import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { ensureSiteUser } from '../../../../../electron/engine/users/site-user.ts'

function withUsers() {
  const t = testEngine()
  const make = (name: string, fullname?: string) =>
    t.call('user_create', t.sysadmin, { name, email: `${name}@example.org`, password: 'Password-123', fullname })
  make('zed', 'Alice Zed')
  make('bob')
  make('carol', 'carol c')
  return t
}

describe('user_list', () => {
  it('lists full user dicts by display name, case-insensitively, by default', () => {
    const t = withUsers()
    const users = t.call('user_list', t.anonymous)
    expect(users.map((u: any) => u.display_name)).toEqual(['admin', 'Alice Zed', 'bob', 'carol c'])
    expect(users[0]).not.toHaveProperty('email')
    t.close()
  })

  it('returns names only with all_fields false (also as a GET string)', () => {
    const t = withUsers()
    expect(t.call('user_list', t.anonymous, { all_fields: 'false', order_by: 'name' })).toEqual(['admin', 'bob', 'carol', 'zed'])
    t.close()
  })

  it('filters by q on name and full name', () => {
    const t = withUsers()
    expect(t.call('user_list', t.anonymous, { q: 'ALICE', all_fields: false })).toEqual(['zed'])
    expect(t.call('user_list', t.anonymous, { q: 'ca', all_fields: false })).toEqual(['carol'])
    t.close()
  })

  it('searches emails only for sysadmins', () => {
    const t = withUsers()
    expect(t.call('user_list', t.anonymous, { q: 'bob@', all_fields: false })).toEqual([])
    expect(t.call('user_list', t.sysadmin, { q: 'bob@', all_fields: false })).toEqual(['bob'])
    expect(t.call('user_list', t.sysadmin, { email: 'carol@example.org', all_fields: false })).toEqual(['carol'])
    t.close()
  })

  it('leaves deleted users out', () => {
    const t = withUsers()
    t.call('user_delete', t.sysadmin, { id: 'bob' })
    expect(t.call('user_list', t.anonymous, { all_fields: false })).not.toContain('bob')
    t.close()
  })

  it('shows emails to sysadmins and to each user for themself', () => {
    const t = withUsers()
    const bob = t.engine.asUser('bob')
    const seenByBob = t.call('user_list', bob)
    expect(seenByBob.find((u: any) => u.name === 'bob').email).toBe('bob@example.org')
    expect(seenByBob.find((u: any) => u.name === 'carol')).not.toHaveProperty('email')
    expect(t.call('user_list', t.sysadmin).every((u: any) => 'email' in u)).toBe(true)
    t.close()
  })

  it('refuses order_by=edits as CKAN does', () => {
    const t = withUsers()
    expect(t.failure('user_list', t.anonymous, { order_by: 'edits' })).toEqual({
      __type: 'Validation Error',
      message: 'order_by=edits is no longer supported',
    })
    t.close()
  })

  it('sorts users without a full name after the others by fullname, as PostgreSQL sorts NULL (CKAN test_get.py test_user_list_order_by_fullname_only)', () => {
    const t = withUsers()
    t.call('user_create', t.sysadmin, { name: 'dora', email: 'dora@example.org', password: 'Password-123', fullname: '' })
    const pairs = t.call('user_list', t.anonymous, { order_by: 'fullname' }).map((u: any) => [u.name, u.fullname])
    // An empty full name comes first, as in Python's sorted(); a missing one (null) last.
    expect(pairs).toEqual([['dora', ''], ['zed', 'Alice Zed'], ['carol', 'carol c'], ['admin', null], ['bob', null]])
    t.close()
  })

  it('falls back to display name for an unknown order_by, never running it as SQL', () => {
    const t = withUsers()
    expect(t.call('user_list', t.anonymous, { order_by: 'name; DROP TABLE users', all_fields: false })).toHaveLength(4)
    t.close()
  })

  it('refuses anonymous callers when public_user_details is off', () => {
    const t = testEngine({ config: { publicUserDetails: false } })
    expect(t.failure('user_list', t.anonymous).__type).toBe('Authorization Error')
    t.close()
  })
})

describe('user_list and the site user', () => {
  it('leaves the local owner (CKAN\'s site user) out, as CKAN does', () => {
    const t = testEngine()
    ensureSiteUser(t.engine)
    const names = t.call('user_list', t.sysadmin, {}).map((u: any) => u.name)
    expect(names).toContain('admin')
    expect(names).not.toContain('default')
    expect(t.call('user_list', t.sysadmin, { include_site_user: true, all_fields: false })).toContain('default')
    expect(t.call('user_list', t.anonymous, { include_site_user: 'yes', all_fields: false })).toContain('default')
    t.close()
  })
})

describe('user_list q as ILIKE', () => {
  it('treats % and _ in q as wildcards, as CKAN\'s User.search does', () => {
    const t = withUsers()
    const names = (q: string) => t.call('user_list', t.anonymous, { q, all_fields: false, order_by: 'name' })
    expect(names('_')).toEqual(['admin', 'bob', 'carol', 'zed'])
    expect(names('c_r')).toEqual(['carol'])
    expect(names('a%z')).toEqual(['zed']) // its full name, Alice Zed
    expect(names('c\\_r')).toEqual([])
    t.close()
  })
})

describe('user_list email filter', () => {
  it('filters by exact email for a sysadmin', () => {
    const t = withUsers()
    expect(t.call('user_list', t.sysadmin, { email: 'bob@example.org', all_fields: false })).toEqual(['bob'])
    t.close()
  })

  it('refuses it to anyone else with a bare 403, as CKAN\'s user_list auth does', () => {
    const t = withUsers()
    const denied = { __type: 'Authorization Error', message: 'Access denied' }
    expect(t.failure('user_list', t.engine.asUser('bob'), { email: 'bob@example.org' })).toEqual(denied)
    expect(t.failure('user_list', t.anonymous, { email: 'bob@example.org' })).toEqual(denied)
    // An empty email is no filter at all (Python truthiness).
    expect(t.call('user_list', t.anonymous, { email: '', all_fields: false })).toContain('bob')
    t.close()
  })
})
