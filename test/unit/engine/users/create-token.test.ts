import { describe, expect, it } from 'vitest'
import { sql } from '../../../../electron/engine/db/statements.ts'
import { addToken, defaultTokenName } from '../../../../electron/engine/users/create-token.ts'
import { testEngine } from '../../../helpers/test-engine.ts'

describe('addToken', () => {
  it('issues a working token for an active user, named shelfmark-cli by default', () => {
    const t = testEngine()
    const token = addToken(t.engine, 'admin')
    expect(t.engine.tokenUser(token)?.name).toBe('admin')
    expect(t.call('api_token_list', t.sysadmin, { user_id: 'admin' })[0].name).toBe(defaultTokenName)
    expect(t.engine.tokenUser(addToken(t.engine, 'admin', 'laptop'))?.name).toBe('admin')
    t.close()
  })

  it('refuses an unknown or deleted user and an empty name', () => {
    const t = testEngine()
    expect(() => addToken(t.engine, 'nobody')).toThrow(/no user "nobody"/)
    t.user('gone')
    sql(t.engine.db, "UPDATE users SET state = 'deleted' WHERE name = 'gone'").run()
    expect(() => addToken(t.engine, 'gone')).toThrow(/is deleted/)
    expect(() => addToken(t.engine, 'admin', ' ')).toThrow(/must not be empty/)
    t.close()
  })
})
