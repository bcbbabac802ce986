import { describe, expect, it } from 'vitest'
import jwt from 'jsonwebtoken'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { exchange, haveExchanges } from '../../users/exchanges.ts'

function withUsers() {
  const t = testEngine()
  for (const name of ['editor-user', 'member-user']) {
    t.call('user_create', t.sysadmin, { name, email: `${name}@example.org`, password: 'Password-123' })
  }
  return { t, editor: t.engine.asUser('editor-user'), member: t.engine.asUser('member-user') }
}

describe('api_token_create', () => {
  it('lets a sysadmin create a token for another user (008), a JWT with jti and iat', () => {
    const { t } = withUsers()
    const result = t.call('api_token_create', t.sysadmin, { user: 'editor-user', name: 'recorder-editor' })
    expect(Object.keys(result)).toEqual(['token'])
    const payload = jwt.decode(result.token) as Record<string, unknown>
    expect(Object.keys(payload).sort()).toEqual(['iat', 'jti'])
    expect(t.engine.tokenUser(result.token)?.name).toBe('editor-user')
    t.close()
  })

  it('lets a user create a token for themself (011)', () => {
    const { t, member } = withUsers()
    const { token } = t.call('api_token_create', member, { user: 'member-user', name: 'second' })
    expect(t.engine.tokenUser(token)?.name).toBe('member-user')
    t.close()
  })

  it.skipIf(!haveExchanges)('refuses a token for someone else with a bare "Access denied" (010)', () => {
    const { t, member } = withUsers()
    expect(t.failure('api_token_create', member, { user: 'editor-user', name: 'stolen' })).toEqual(
      exchange('010').response.body.error,
    )
    t.close()
  })

  it('refuses anonymous callers, after checking the params and the user as CKAN does', () => {
    const { t } = withUsers()
    expect(t.failure('api_token_create', t.anonymous, {})).toEqual({
      __type: 'Validation Error', user: ['Missing value'], name: ['Missing value'],
    })
    expect(t.failure('api_token_create', t.anonymous, { user: 'nobody', name: 'x' })).toEqual({
      __type: 'Not Found Error', message: 'Not found: User not found',
    })
    expect(t.failure('api_token_create', t.anonymous, { user: 'editor-user', name: 'x' }).message).toBe(
      'Access denied: Action api_token_create requires an authenticated user',
    )
    t.close()
  })

  it('requires a non-empty name', () => {
    const { t, editor } = withUsers()
    expect(t.failure('api_token_create', editor, { user: 'editor-user', name: '' })).toEqual({
      __type: 'Validation Error', name: ['Missing value'],
    })
    t.close()
  })

  it('takes a name that is not a string as its JSON text, as unicode_safe does', () => {
    const { t, editor } = withUsers()
    t.call('api_token_create', editor, { user: 'editor-user', name: ['laptop', 2] })
    t.call('api_token_create', editor, { user: 'editor-user', name: 42 })
    const names = t.call('api_token_list', editor, { user_id: 'editor-user' }).map((token: { name: string }) => token.name)
    expect(names).toEqual(['["laptop", 2]', '42'])
    t.close()
  })
})

describe('api_token_list', () => {
  it.skipIf(!haveExchanges)('lists your tokens oldest first with CKAN\'s keys, no token values (079)', () => {
    const { t, member } = withUsers()
    t.call('api_token_create', t.sysadmin, { user: 'member-user', name: 'recorder-member-a' })
    t.call('api_token_create', member, { user: 'member-user', name: 'recorder-member-b' })
    const tokens = t.call('api_token_list', member, { user_id: 'member-user' })
    const expected = exchange('079').response.body.result
    expect(tokens.map((x: any) => Object.keys(x))).toEqual(expected.map((x: any) => Object.keys(x)))
    expect(tokens.map((x: any) => x.name)).toEqual(['recorder-member-a', 'recorder-member-b'])
    expect(tokens[0].id).toMatch(/^[A-Za-z0-9_-]{43}$/)
    t.close()
  })

  it('accepts the older user param and a user id', () => {
    const { t, member } = withUsers()
    t.call('api_token_create', member, { user: 'member-user', name: 'a' })
    const id = member.user!.id
    expect(t.call('api_token_list', member, { user: 'member-user' })).toHaveLength(1)
    expect(t.call('api_token_list', member, { user_id: id })).toHaveLength(1)
    t.close()
  })

  it('refuses other users\' tokens, anonymous callers and a missing user', () => {
    const { t, member } = withUsers()
    expect(t.failure('api_token_list', member, { user_id: 'editor-user' })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    expect(t.failure('api_token_list', member, {})).toEqual({ __type: 'Validation Error', user_id: ['Missing value'] })
    expect(t.call('api_token_list', t.sysadmin, { user_id: 'editor-user' })).toEqual([])
    // An unknown user is the same 403 for others (telling nothing); sysadmins learn it is not there.
    expect(t.failure('api_token_list', member, { user_id: 'nobody' })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    expect(t.failure('api_token_list', t.sysadmin, { user_id: 'nobody' })).toEqual({ __type: 'Not Found Error', message: 'Not found: User not found' })
    t.close()
  })
})

describe('api_token_list for anonymous callers', () => {
  it('asks for user_id first, then answers CKAN\'s bare 403 (its auth, in auth/get.py, lets them in)', () => {
    const { t } = withUsers()
    expect(t.failure('api_token_list', t.anonymous, {})).toEqual({ __type: 'Validation Error', user_id: ['Missing value'] })
    const denied = { __type: 'Authorization Error', message: 'Access denied' }
    expect(t.failure('api_token_list', t.anonymous, { user_id: 'editor-user' })).toEqual(denied)
    expect(t.failure('api_token_list', t.anonymous, { user: 'nobody' })).toEqual(denied)
    t.close()
  })
})

describe('using a token', () => {
  it('stamps the token\'s last_access and the user\'s last_active', () => {
    const { t, member } = withUsers()
    const { token } = t.call('api_token_create', member, { user: 'member-user', name: 'a' })
    expect(t.call('user_show', member).last_active).toBeNull()
    // The call made with the token already sees its own stamp, as CKAN's user_show does (012).
    expect(t.call('user_show', t.engine.callerForToken(token)).last_active).toMatch(/^\d{4}-/)
    expect(t.call('api_token_list', member, { user_id: 'member-user' })[0].last_access).toMatch(/^\d{4}-/)
    t.close()
  })
})

describe('api_token_revoke', () => {
  it('revokes by jti; the token then acts as anonymous at once (080, 081)', () => {
    const { t, member } = withUsers()
    const { token } = t.call('api_token_create', member, { user: 'member-user', name: 'b' })
    const [row] = t.call('api_token_list', member, { user_id: 'member-user' })
    expect(t.call('api_token_revoke', member, { jti: row.id })).toBeNull()
    expect(t.engine.tokenUser(token)).toBeNull()
    t.close()
  })

  it('a caller made from the token before it was revoked is anonymous in every later call', () => {
    const { t, member } = withUsers()
    const { token } = t.call('api_token_create', member, { user: 'member-user', name: 'b' })
    // What the HTTP door holds for a request: the token, resolved by each call in its own transaction.
    const caller = t.engine.callerForToken(token)
    expect(t.call('user_show', caller, { id: 'member-user' }).email).toBeDefined()
    t.call('api_token_revoke', member, { token })
    expect(t.call('user_show', caller, { id: 'member-user' }).email).toBeUndefined()
    t.close()
  })

  it('revokes by token value', () => {
    const { t, member } = withUsers()
    const { token } = t.call('api_token_create', member, { user: 'member-user', name: 'b' })
    t.call('api_token_revoke', member, { token })
    expect(t.engine.tokenUser(token)).toBeNull()
    t.close()
  })

  it('refuses someone else\'s token and an unknown one alike', () => {
    const { t, member, editor } = withUsers()
    t.call('api_token_create', editor, { user: 'editor-user', name: 'e' })
    const [row] = t.call('api_token_list', editor, { user_id: 'editor-user' })
    const denied = { __type: 'Authorization Error', message: 'Access denied' }
    expect(t.failure('api_token_revoke', member, { jti: row.id })).toEqual(denied)
    expect(t.failure('api_token_revoke', member, { jti: 'no-such-token' })).toEqual(denied)
    expect(t.failure('api_token_revoke', member, { token: 'not.a.jwt' })).toEqual(denied)
    t.close()
  })

  it('requires jti or token, and a logged-in caller', () => {
    const { t, member } = withUsers()
    expect(t.failure('api_token_revoke', member, {})).toEqual({ __type: 'Validation Error', token: ['Missing value'] })
    expect(t.failure('api_token_revoke', t.anonymous, { jti: 'x' }).message).toBe(
      'Access denied: Action api_token_revoke requires an authenticated user',
    )
    t.close()
  })

  it('lets a sysadmin revoke any token', () => {
    const { t, editor } = withUsers()
    const { token } = t.call('api_token_create', editor, { user: 'editor-user', name: 'e' })
    t.call('api_token_revoke', t.sysadmin, { token })
    expect(t.engine.tokenUser(token)).toBeNull()
    t.close()
  })
})
