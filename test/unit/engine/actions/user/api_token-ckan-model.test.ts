/**
 * CKAN 2.10's ckan/tests/model/test_api_token.py restated through the token
 * actions (Shelfmark has no ApiToken model to call), plus a deleted user's
 * token, which CKAN 2.10's identify_user logs out (the request runs as
 * anonymous).
 */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

function withUser(...names: string[]) {
  const t = testEngine()
  for (const name of names) t.call('user_create', t.sysadmin, { name, email: `${name}@example.org`, password: 'Password-123' })
  return t
}

describe("CKAN's ApiToken model (model/test_api_token.py)", () => {
  it('a new token has not been accessed (test_new_token_not_accessed)', () => {
    const t = withUser('token-owner')
    t.call('api_token_create', t.sysadmin, { user: 'token-owner', name: 'fresh' })
    const [row] = t.call('api_token_list', t.sysadmin, { user_id: 'token-owner' })
    expect(row.last_access).toBeNull()
    t.close()
  })

  it('using a token stores the time of access (test_token_stores_access_time)', () => {
    const t = withUser('token-owner')
    const { token } = t.call('api_token_create', t.sysadmin, { user: 'token-owner', name: 'used' })
    const before = new Date().toISOString().slice(0, 23)
    t.call('user_show', t.engine.callerForToken(token), { id: 'token-owner' })
    const after = new Date().toISOString().slice(0, 23)
    const [row] = t.call('api_token_list', t.sysadmin, { user_id: 'token-owner' })
    expect(row.last_access.slice(0, 23) >= before && row.last_access.slice(0, 23) <= after).toBe(true)
    t.close()
  })

  it("lists each user's own tokens only, all owned by them (test_tokens_related_to_user)", () => {
    const t = withUser('first-owner', 'second-owner')
    for (let i = 0; i < 5; i++) t.call('api_token_create', t.sysadmin, { user: 'first-owner', name: `one-${i}` })
    for (let i = 0; i < 3; i++) t.call('api_token_create', t.sysadmin, { user: 'second-owner', name: `two-${i}` })
    const first = t.call('user_show', t.sysadmin, { id: 'first-owner' })
    const second = t.call('user_show', t.sysadmin, { id: 'second-owner' })
    const firstTokens = t.call('api_token_list', t.sysadmin, { user_id: 'first-owner' })
    const secondTokens = t.call('api_token_list', t.sysadmin, { user: 'second-owner' })
    expect(firstTokens).toHaveLength(5)
    expect(secondTokens).toHaveLength(3)
    expect(firstTokens.every((row: { user_id: string }) => row.user_id === first.id)).toBe(true)
    expect(secondTokens.every((row: { user_id: string }) => row.user_id === second.id)).toBe(true)
    t.close()
  })
})

describe("a deleted user's token", () => {
  it('acts as anonymous, as CKAN 2.10 logs out a user who is no longer active', () => {
    const t = withUser('leaving-user')
    const { token } = t.call('api_token_create', t.sysadmin, { user: 'leaving-user', name: 'kept' })
    expect(t.engine.tokenUser(token)?.name).toBe('leaving-user')
    t.call('user_delete', t.sysadmin, { id: 'leaving-user' })
    expect(t.engine.tokenUser(token)).toBeNull()
    expect(() => t.call('api_token_list', t.engine.callerForToken(token), { user_id: 'leaving-user' })).toThrow(/Access denied/)
    t.close()
  })
})
