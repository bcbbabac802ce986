/**
 * CKAN's model tests for users (ckan/tests/model/test_user.py), checked
 * through what the Action API shows.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

afterEach(() => {
  vi.useRealTimers()
})

describe("a user's last_active", () => {
  // CKAN test_user_last_active: unset at first, stamped on the first request,
  // then rewritten only once it is older than ckan.user.last_active_interval
  // (600 seconds by default): a request 540 s later leaves it, one 660 s later moves it.
  it('is stamped on first use, then only after ten minutes', () => {
    const t = testEngine()
    t.call('user_create', t.sysadmin, { name: 'active-user', email: 'a@example.org', password: 'Password-123' })
    const owner = t.engine.asUser('active-user')
    const start = new Date('2030-01-01T00:00:00.000Z').getTime()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(start)
    const { token } = t.call('api_token_create', owner, { user: 'active-user', name: 'a' })
    expect(t.call('user_show', owner).last_active).toBeNull()
    const seen = () => t.call('user_show', t.engine.callerForToken(token), { id: 'active-user' }).last_active
    const first = seen()
    expect(first).toMatch(/^2030-01-01T00:00:00/)
    vi.setSystemTime(start + 540_000)
    expect(seen()).toBe(first)
    vi.setSystemTime(start + 660_000)
    expect(seen()).toMatch(/^2030-01-01T00:11:00/)
    t.close()
  })
})

describe('users (TestUser)', () => {
  it('test_basic, test_get, test_is_deleted, test_number_of_administered_packages, test_get_groups', () => {
    const t = testEngine()
    t.call('user_create', t.sysadmin, { name: 'brian', fullname: 'Brian', email: 'b@example.org', password: 'Password-123' })
    t.call('user_create', t.sysadmin, { name: 'sandra', fullname: 'Sandra', email: 's@example.org', password: 'Password-123' })
    const brian = t.call('user_show', t.sysadmin, { id: 'brian' })
    expect([brian.fullname, brian.email, brian.last_active, brian.state]).toEqual(['Brian', 'b@example.org', null, 'active'])
    expect(t.call('user_show', t.sysadmin, { id: brian.id }).name).toBe('brian')
    expect(t.call('user_show', t.sysadmin, { id: 'sandra' }).fullname).toBe('Sandra')

    t.call('organization_create', t.sysadmin, { name: 'org', users: [{ name: 'brian', capacity: 'admin' }] })
    const group = t.call('group_create', t.sysadmin, { name: 'grp', users: [{ name: 'brian', capacity: 'admin' }] })
    const asBrian = t.engine.asUser('brian')
    expect(t.call('group_list_authz', asBrian).map((g: { name: string }) => g.name)).toEqual([group.name])
    t.call('package_create', asBrian, { name: 'by-brian', owner_org: 'org' })
    expect(t.call('user_show', t.sysadmin, { id: 'brian' }).number_created_packages).toBe(1)
    expect(t.call('user_show', t.sysadmin, { id: 'sandra' }).number_created_packages).toBe(0)

    t.call('user_delete', t.sysadmin, { id: 'sandra' })
    expect(t.call('user_show', t.sysadmin, { id: 'sandra' }).state).toBe('deleted')
    t.close()
  })
})
