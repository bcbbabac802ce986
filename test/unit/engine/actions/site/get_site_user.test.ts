import { describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { ensureSiteUser } from '../../../../../electron/engine/users/site-user.ts'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('get_site_user', () => {
  it('names the local owner the desktop and CLI act as, with no API key', () => {
    const t = testEngine()
    const owner = ensureSiteUser(t.engine).user!
    expect(t.call('get_site_user', t.sysadmin)).toEqual({ name: owner.name, apikey: null })
    expect(owner.name).toBe('default')
    t.close()
  })

  it('creates the site user (a sysadmin) when there is none yet, as CKAN does', () => {
    const t = testEngine()
    expect(t.call('get_site_user', t.sysadmin)).toEqual({ name: 'default', apikey: null })
    const row = sql(t.engine.db, "SELECT sysadmin, state FROM users WHERE name = 'default'").get()
    expect(row).toEqual({ sysadmin: 1, state: 'active' })
    // The second call finds the same account.
    expect(t.call('get_site_user', t.sysadmin)).toEqual({ name: 'default', apikey: null })
    expect(sql(t.engine.db, "SELECT count(*) AS n FROM users WHERE name = 'default'").get()).toEqual({ n: 1 })
    t.close()
  })

  it("refuses non-sysadmins and anonymous callers with CKAN's message", () => {
    const t = testEngine()
    const denied = { __type: 'Authorization Error', message: 'Access denied: Only internal services allowed to use this action' }
    expect(t.failure('get_site_user', t.user('bob'))).toEqual(denied)
    expect(t.failure('get_site_user', t.anonymous)).toEqual(denied)
    expect(sql(t.engine.db, "SELECT count(*) AS n FROM users WHERE name = 'default'").get()).toEqual({ n: 0 })
    t.close()
  })
})
