import { describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { verifyPassword } from '../../../../../electron/engine/users/password.ts'
import { testEngine } from '../../../../helpers/test-engine.ts'

function withEditor() {
  const t = testEngine()
  const editor = t.call('user_create', t.sysadmin, {
    name: 'editor-user', email: 'editor-user@example.org', password: 'EditorPass-123', fullname: 'Editor User',
  })
  return { t, editor, self: t.engine.asUser('editor-user') }
}

const passwordHash = (t: ReturnType<typeof testEngine>, name: string) =>
  (sql(t.engine.db, 'SELECT password_hash FROM users WHERE name = ?').get(name) as { password_hash: string }).password_hash

describe('user_update', () => {
  it('lets users update themselves; absent keys keep their values; password is optional', () => {
    const { t, self } = withEditor()
    const before = passwordHash(t, 'editor-user')
    const updated = t.call('user_update', self, { id: 'editor-user', email: 'new@example.org', about: 'Curator' })
    expect(updated).toMatchObject({ email: 'new@example.org', about: 'Curator', fullname: 'Editor User' })
    expect(passwordHash(t, 'editor-user')).toBe(before)
    t.close()
  })

  it('changes the password when one is given', () => {
    const { t, self } = withEditor()
    t.call('user_update', self, { id: 'editor-user', email: 'editor-user@example.org', password: 'Another-Pass-1' })
    expect(verifyPassword('Another-Pass-1', passwordHash(t, 'editor-user'))).toBe(true)
    expect(t.failure('user_update', self, { id: 'editor-user', email: 'editor-user@example.org', password: 'short' }).password)
      .toEqual(['Your password must be 8 characters or longer'])
    t.close()
  })

  it('requires the email (CKAN keeps not_empty on update)', () => {
    const { t, self } = withEditor()
    expect(t.failure('user_update', self, { id: 'editor-user' })).toEqual({ __type: 'Validation Error', email: ['Missing value'] })
    t.close()
  })

  it('requires an id, then a known user', () => {
    const { t } = withEditor()
    expect(t.failure('user_update', t.sysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    expect(t.failure('user_update', t.sysadmin, { id: 'nobody' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: User was not found.',
    })
    t.close()
  })

  it('refuses anonymous callers and other users', () => {
    const { t, editor } = withEditor()
    expect(t.failure('user_update', t.anonymous, { id: 'editor-user', email: 'x@example.org' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Have to be logged in to edit user',
    })
    expect(t.failure('user_update', t.user('mallory'), { id: 'editor-user', email: 'x@example.org' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User mallory not authorized to edit user ${editor.id}`,
    })
    t.close()
  })

  // CKAN 2.10's test_update.py test_user_update_name: even with auth skipped, an active account keeps its name.
  it('renames pending accounts only, whoever asks (CKAN 2.10: sysadmins too)', () => {
    const { t, self } = withEditor()
    expect(t.failure('user_update', self, { id: 'editor-user', name: 'renamed', email: 'editor-user@example.org' }).name)
      .toEqual(['That login name can not be modified.'])
    expect(t.failure('user_update', t.sysadmin, { id: 'editor-user', name: 'renamed', email: 'editor-user@example.org' }).name)
      .toEqual(['That login name can not be modified.'])
    sql(t.engine.db, "UPDATE users SET state = 'pending' WHERE name = 'editor-user'").run()
    expect(t.call('user_update', t.sysadmin, { id: 'editor-user', name: 'renamed', email: 'editor-user@example.org' }).name)
      .toBe('renamed')
    t.close()
  })

  // CKAN 2.10's test_update.py test_user_update_with_null_password and _with_invalid_password.
  it('refuses a null or non-string password; an empty one keeps the current', () => {
    const { t, self } = withEditor()
    const before = passwordHash(t, 'editor-user')
    for (const password of [null, false, -1, 23, 30.7]) {
      expect(t.failure('user_update', self, { id: 'editor-user', email: 'editor-user@example.org', password }))
        .toEqual({ __type: 'Validation Error', password: ['Passwords must be strings'] })
    }
    t.call('user_update', self, { id: 'editor-user', email: 'editor-user@example.org', password: '' })
    expect(passwordHash(t, 'editor-user')).toBe(before)
    t.close()
  })

  it('refuses a name another user holds', () => {
    const { t } = withEditor()
    expect(t.failure('user_update', t.sysadmin, { id: 'editor-user', name: 'admin', email: 'editor-user@example.org' }).name)
      .toEqual(['That login name is not available.'])
    t.close()
  })

  it('keeps sysadmin and state out of reach of normal users', () => {
    const { t, self } = withEditor()
    const updated = t.call('user_update', self, { id: 'editor-user', email: 'editor-user@example.org', sysadmin: true, state: 'deleted' })
    expect(updated).toMatchObject({ sysadmin: false, state: 'active' })
    expect(t.call('user_update', t.sysadmin, { id: 'editor-user', email: 'editor-user@example.org', sysadmin: true }).sysadmin).toBe(true)
    t.close()
  })

  it('records a "changed user" activity', () => {
    const { t, self, editor } = withEditor()
    t.call('user_update', self, { id: 'editor-user', email: 'editor-user@example.org', fullname: 'E. User' })
    const row = sql(t.engine.db, "SELECT * FROM activities WHERE activity_type = 'changed user'").get() as any
    expect(row).toMatchObject({ user_id: editor.id, object_id: editor.id })
    t.close()
  })
})

describe('user_patch', () => {
  it('changes only the given fields', () => {
    const { t, self } = withEditor()
    const patched = t.call('user_patch', self, { id: 'editor-user', about: 'Data curator' })
    expect(patched).toMatchObject({ about: 'Data curator', fullname: 'Editor User', email: 'editor-user@example.org' })
    t.close()
  })

  it('lets a sysadmin patch anyone', () => {
    const { t } = withEditor()
    expect(t.call('user_patch', t.sysadmin, { id: 'editor-user', fullname: 'Renamed' }).display_name).toBe('Renamed')
    t.close()
  })

  it('refuses others, an unknown user reading as a 403 as in CKAN', () => {
    const { t, editor } = withEditor()
    expect(t.failure('user_patch', t.user('mallory'), { id: 'editor-user', about: 'x' }).message).toBe(
      `Access denied: User mallory not authorized to edit user ${editor.id}`,
    )
    expect(t.failure('user_patch', t.user('eve'), { id: 'nobody' }).message).toBe('Access denied: User not found')
    expect(t.failure('user_patch', t.sysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    t.close()
  })
})

describe('user_patch before its auth', () => {
  it('refuses anonymous callers first, as CKAN\'s auth/patch.py functions need a user', () => {
    const { t } = withEditor()
    const required = 'Access denied: Action user_patch requires an authenticated user'
    expect(t.failure('user_patch', t.anonymous, { id: 'editor-user', about: 'x' }).message).toBe(required)
    expect(t.failure('user_patch', t.anonymous, {}).message).toBe(required)
    t.close()
  })

  it('answers a user without an id as user_update\'s auth does, unable to load the user', () => {
    const { t, self } = withEditor()
    expect(t.failure('user_patch', self, { about: 'x' })).toEqual({
      __type: 'Validation Error',
      message: 'Missing id, can not get User object',
    })
    t.close()
  })
})

describe('user_delete', () => {
  it('is for sysadmins only', () => {
    const { t, self } = withEditor()
    expect(t.failure('user_delete', t.anonymous, { id: 'editor-user' }).message).toBe(
      'Access denied: Action user_delete requires an authenticated user',
    )
    expect(t.failure('user_delete', self, { id: 'editor-user' })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    t.close()
  })

  it('marks the user deleted, drops memberships, and makes their tokens anonymous', () => {
    const { t, editor, self } = withEditor()
    const { token } = t.call('api_token_create', self, { user: 'editor-user', name: 'cli' })
    sql(t.engine.db, `INSERT INTO groups (id, name, type, is_organization, created) VALUES ('g1', 'org', 'organization', 1, 'now')`).run()
    sql(t.engine.db, `INSERT INTO members (id, table_name, table_id, group_id, capacity) VALUES ('m1', 'user', ?, 'g1', 'editor')`).run(editor.id)
    expect(t.call('user_delete', t.sysadmin, { id: 'editor-user' })).toBeNull()
    expect(t.call('user_show', t.sysadmin, { id: 'editor-user' }).state).toBe('deleted')
    expect(sql(t.engine.db, 'SELECT count(*) AS n FROM members WHERE table_id = ?').get(editor.id)).toEqual({ n: 0 })
    expect(t.engine.tokenUser(token)).toBeNull()
    t.close()
  })

  it('requires an id and a known user', () => {
    const { t } = withEditor()
    expect(t.failure('user_delete', t.sysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    expect(t.failure('user_delete', t.sysadmin, { id: 'nobody' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: User "nobody" was not found.',
    })
    t.close()
  })
})
