import { describe, expect, it } from 'vitest'
import { ValidationError } from '../../../../electron/engine/errors.ts'
import { sql } from '../../../../electron/engine/db/statements.ts'
import { addSysadmin } from '../../../../electron/engine/users/create-sysadmin.ts'
import { verifyPassword } from '../../../../electron/engine/users/password.ts'
import { testEngine } from '../../../helpers/test-engine.ts'

const row = (t: ReturnType<typeof testEngine>, name: string) => sql(t.engine.db, 'SELECT * FROM users WHERE name = ?').get(name) as any

describe('addSysadmin', () => {
  it('creates a sysadmin; email and password are optional', () => {
    const t = testEngine()
    expect(addSysadmin(t.engine, { name: 'curator' })).toMatchObject({ name: 'curator', created: true })
    expect(row(t, 'curator')).toMatchObject({ sysadmin: 1, state: 'active', email: null, password_hash: null })
    t.close()
  })

  it('stores a given email and a hashed password', () => {
    const t = testEngine()
    addSysadmin(t.engine, { name: 'curator', email: 'c@example.org', password: 'Secret-123' })
    expect(row(t, 'curator').email).toBe('c@example.org')
    expect(verifyPassword('Secret-123', row(t, 'curator').password_hash)).toBe(true)
    t.close()
  })

  it('promotes an existing user (reactivating a deleted one) and says whether it already was one', () => {
    const t = testEngine()
    t.user('someone')
    sql(t.engine.db, "UPDATE users SET state = 'deleted' WHERE name = 'someone'").run()
    expect(addSysadmin(t.engine, { name: 'someone' })).toMatchObject({ created: false, wasSysadmin: false })
    expect(row(t, 'someone')).toMatchObject({ sysadmin: 1, state: 'active' })
    expect(addSysadmin(t.engine, { name: 'someone' }).wasSysadmin).toBe(true)
    t.close()
  })

  it('refuses a bad name, email or password with CKAN\'s messages', () => {
    const t = testEngine()
    try {
      addSysadmin(t.engine, { name: 'Bad Name', email: 'nope', password: 'short' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).errors).toEqual({
        name: ['Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'],
        email: ['Email nope is not a valid format'],
        password: ['Your password must be 8 characters or longer'],
      })
    }
    expect(row(t, 'Bad Name')).toBeUndefined()
    t.close()
  })

  it('records a user activity', () => {
    const t = testEngine()
    const { id } = addSysadmin(t.engine, { name: 'curator' })
    expect(sql(t.engine.db, 'SELECT activity_type, user_id FROM activities WHERE object_id = ?').get(id)).toEqual({
      activity_type: 'new user',
      user_id: id,
    })
    t.close()
  })
})
