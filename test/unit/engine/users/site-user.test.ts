import { describe, expect, it } from 'vitest'
import { sql } from '../../../../electron/engine/db/statements.ts'
import { ensureSiteUser, siteUserName } from '../../../../electron/engine/users/site-user.ts'
import { testEngine } from '../../../helpers/test-engine.ts'

describe('ensureSiteUser', () => {
  it('creates the owner once, as a sysadmin without a password, and returns the same user after', () => {
    const t = testEngine()
    const first = ensureSiteUser(t.engine)
    expect(first.user).toMatchObject({ name: siteUserName, sysadmin: 1, state: 'active', password_hash: null })
    expect(ensureSiteUser(t.engine).user?.id).toBe(first.user?.id)
    expect(sql(t.engine.db, 'SELECT count(*) AS n FROM users WHERE name = ?').get(siteUserName)).toEqual({ n: 1 })
    t.close()
  })

  it('acts as a sysadmin through the engine', () => {
    const t = testEngine()
    const owner = ensureSiteUser(t.engine)
    expect(t.call('user_create', owner, { name: 'new-user', email: 'n@example.org', password: 'Password-1' }).name).toBe('new-user')
    t.close()
  })

  it('keeps the owner across a rename, and restores its rights if they were taken', () => {
    const t = testEngine()
    const owner = ensureSiteUser(t.engine)
    sql(t.engine.db, "UPDATE users SET name = 'curator', sysadmin = 0 WHERE id = ?").run(owner.user!.id)
    expect(ensureSiteUser(t.engine).user).toMatchObject({ id: owner.user!.id, name: 'curator', sysadmin: 1 })
    t.close()
  })

  it('adopts an existing site user the CLI made, but never promotes a stranger holding the name', () => {
    const t = testEngine()
    t.user(siteUserName, true)
    expect(ensureSiteUser(t.engine).user?.name).toBe(siteUserName)
    const u = testEngine()
    u.user(siteUserName, false)
    expect(() => ensureSiteUser(u.engine)).toThrow(/not an active sysadmin/)
    t.close()
    u.close()
  })
})
