import { describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { verifyPassword } from '../../../../../electron/engine/users/password.ts'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { exchange, haveExchanges } from '../../users/exchanges.ts'

const editor = { name: 'editor-user', email: 'editor-user@example.org', password: 'EditorPass-123', fullname: 'Editor User' }

describe('user_create', () => {
  it.skipIf(!haveExchanges)('returns the key set, order and values CKAN 2.10 returns to a sysadmin (004)', () => {
    const t = testEngine()
    const recorded = exchange('004')
    const user = t.call('user_create', t.sysadmin, recorded.request.body)
    const expected = recorded.response.body.result
    expect(Object.keys(user)).toEqual(Object.keys(expected))
    for (const key of ['name', 'fullname', 'about', 'last_active', 'activity_streams_email_notifications', 'sysadmin',
      'state', 'image_url', 'display_name', 'email_hash', 'number_created_packages', 'email', 'apikey', 'image_display_url']) {
      expect(user[key], key).toEqual(expected[key])
    }
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(user.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/)
    t.close()
  })

  it('stores a scrypt hash of the password, never the password', () => {
    const t = testEngine()
    const user = t.call('user_create', t.sysadmin, editor)
    const row = sql(t.engine.db, 'SELECT password_hash FROM users WHERE id = ?').get(user.id) as { password_hash: string }
    expect(row.password_hash).toMatch(/^\$scrypt\$N=\d+,r=\d+,p=\d+\$/)
    expect(verifyPassword('EditorPass-123', row.password_hash)).toBe(true)
    expect(JSON.stringify(user)).not.toContain('EditorPass-123')
    t.close()
  })

  it.skipIf(!haveExchanges)('refuses an anonymous caller by default (006)', () => {
    const t = testEngine()
    expect(t.failure('user_create', t.anonymous, editor)).toEqual(exchange('006').response.body.error)
    t.close()
  })

  it('refuses a logged-in non-sysadmin by default, naming them', () => {
    const t = testEngine()
    expect(t.failure('user_create', t.user('someone'), editor)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User someone not authorized to create users via the API',
    })
    t.close()
  })

  it('lets anyone create users when create_user_via_api is on, without sysadmin-only fields', () => {
    const t = testEngine({ config: { createUserViaApi: true } })
    const user = t.call('user_create', t.anonymous, { ...editor, sysadmin: true, state: 'pending' })
    expect(user.sysadmin).toBe(false)
    expect(user.state).toBe('active')
    expect(user.email).toBe(editor.email)
    t.close()
  })

  it.skipIf(!haveExchanges)('reports a taken name, a bad email and a short password together (007)', () => {
    const t = testEngine()
    t.call('user_create', t.sysadmin, { ...editor, name: 'editor-user-ac8697' })
    const recorded = exchange('007')
    expect(t.failure('user_create', t.sysadmin, recorded.request.body)).toEqual(recorded.response.body.error)
    t.close()
  })

  it('requires name, email and password', () => {
    const t = testEngine()
    expect(t.failure('user_create', t.sysadmin, {})).toEqual({
      __type: 'Validation Error',
      email: ['Missing value'],
      name: ['Missing value'],
      password: ['Missing value'],
    })
    t.close()
  })

  it('checks the name as CKAN\'s name_validator does', () => {
    const t = testEngine()
    const nameErrors = (name: unknown) => t.failure('user_create', t.sysadmin, { ...editor, name }).name
    expect(nameErrors('x')).toEqual(['Must be at least 2 characters long'])
    expect(nameErrors('Upper Case')).toEqual([
      'Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_',
    ])
    expect(nameErrors('new')).toEqual(['That name cannot be used'])
    expect(nameErrors('a'.repeat(101))).toEqual(['Name must be a maximum of 100 characters long'])
    expect(nameErrors(42)).toEqual(['Names must be strings', 'User names must be strings'])
    t.close()
  })

  it('refuses an email with a leading dot or two dots in a row, as CKAN 2.9+ does', () => {
    const t = testEngine()
    const emailErrors = (email: string) => t.failure('user_create', t.sysadmin, { ...editor, email }).email
    for (const email of ['a..b@example.org', '.ab@example.org', 'ab@example..org', 'ab@example.org.']) {
      expect(emailErrors(email), email).toEqual([`Email ${email} is not a valid format`])
    }
    // A dot inside, or last before the @, is what the WHATWG pattern allows.
    expect(t.call('user_create', t.sysadmin, { ...editor, email: 'a.b.@example.org' }).email).toBe('a.b.@example.org')
    t.close()
  })

  it('refuses an email an active user already holds, in any case', () => {
    const t = testEngine()
    t.call('user_create', t.sysadmin, editor)
    const error = t.failure('user_create', t.sysadmin, { ...editor, name: 'other', email: 'EDITOR-USER@example.org' })
    expect(error.email).toEqual(["The email address 'EDITOR-USER@example.org' belongs to a registered user."])
    t.close()
  })

  it('refuses links in about and non-string passwords', () => {
    const t = testEngine()
    const error = t.failure('user_create', t.sysadmin, { ...editor, about: 'see https://spam.example', password: 12345678 })
    expect(error.about).toEqual(['Edit not allowed as it looks like spam. Please avoid links in your description.'])
    expect(error.password).toEqual(['Passwords must be strings'])
    t.close()
  })

  it('lets a sysadmin set id, sysadmin and an imported password_hash', () => {
    const t = testEngine()
    const id = '11111111-2222-4333-8444-555555555555'
    const user = t.call('user_create', t.sysadmin, {
      name: 'imported', email: 'imported@example.org', id, sysadmin: true, password_hash: '$pbkdf2-sha512$25000$abc$def',
    })
    expect(user).toMatchObject({ id, sysadmin: true })
    t.close()
  })

  it("gives a new id when a sysadmin's id already names a user, as CKAN 2.10 does", () => {
    const t = testEngine()
    const first = t.call('user_create', t.sysadmin, { ...editor, id: '11111111-2222-4333-8444-555555555555' })
    const byId = t.call('user_create', t.sysadmin, { name: 'second', email: 'second@example.org', password: 'Second-pass-1', id: first.id })
    expect(byId.id).not.toBe(first.id)
    // CKAN's User.get finds users by name too: an id equal to a user's name is dropped the same way.
    const byName = t.call('user_create', t.sysadmin, { name: 'third', email: 'third@example.org', password: 'Third-pass-1', id: 'second' })
    expect(byName.id).not.toBe('second')
    expect(t.call('user_show', t.sysadmin, { id: first.id }).name).toBe(editor.name)
    t.close()
  })

  it('records a "new user" activity whose subject and object are the user', () => {
    const t = testEngine()
    const user = t.call('user_create', t.sysadmin, editor)
    const row = sql(t.engine.db, "SELECT * FROM activities WHERE activity_type = 'new user'").get() as any
    expect(row).toMatchObject({ user_id: user.id, object_id: user.id })
    t.close()
  })

  it('leaves nothing behind when validation fails', () => {
    const t = testEngine()
    t.failure('user_create', t.sysadmin, { ...editor, password: 'short' })
    expect(sql(t.engine.db, 'SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 })
    t.close()
  })
})
