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
