import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { exchange, haveExchanges } from '../../users/exchanges.ts'

function withEditor() {
  const t = testEngine()
  const editor = t.call('user_create', t.sysadmin, {
    name: 'editor-user', email: 'editor-user@example.org', password: 'EditorPass-123', fullname: 'Editor User',
  })
  return { t, editor, editorCaller: t.engine.asUser('editor-user') }
}

describe('user_show', () => {
  it.skipIf(!haveExchanges)('shows yourself with apikey and email, in CKAN\'s key order (012)', () => {
    const { t, editorCaller } = withEditor()
    const shown = t.call('user_show', editorCaller, { id: 'editor-user' })
    expect(Object.keys(shown)).toEqual(Object.keys(exchange('012').response.body.result))
    expect(shown).toMatchObject({ email: 'editor-user@example.org', apikey: null })
    t.close()
  })

  it.skipIf(!haveExchanges)('hides email and apikey (absent, not null) from another user (013)', () => {
    const { t } = withEditor()
    const shown = t.call('user_show', t.user('member-user'), { id: 'editor-user' })
    expect(Object.keys(shown)).toEqual(Object.keys(exchange('013').response.body.result))
    t.close()
  })

  it.skipIf(!haveExchanges)('shows public fields to an anonymous caller (014)', () => {
    const { t } = withEditor()
    const shown = t.call('user_show', t.anonymous, { id: 'editor-user' })
    expect(Object.keys(shown)).toEqual(Object.keys(exchange('014').response.body.result))
    expect(shown.email_hash).toBe(createHash('md5').update('editor-user@example.org').digest('hex'))
    t.close()
  })

  it('shows email to a sysadmin', () => {
    const { t } = withEditor()
    expect(t.call('user_show', t.sysadmin, { id: 'editor-user' }).email).toBe('editor-user@example.org')
    t.close()
  })

  it('finds the user by id as well as by name', () => {
    const { t, editor } = withEditor()
    expect(t.call('user_show', t.anonymous, { id: editor.id }).name).toBe('editor-user')
    t.close()
  })

  it('defaults to the caller when no id is given (2.10)', () => {
    const { t, editorCaller } = withEditor()
    expect(t.call('user_show', editorCaller).name).toBe('editor-user')
    t.close()
  })

  it('answers a bare 404 to an anonymous caller without id, and for an unknown user', () => {
    const { t } = withEditor()
    expect(t.failure('user_show', t.anonymous)).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('user_show', t.sysadmin, { id: 'nobody' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.close()
  })

  it('still shows deleted users', () => {
    const { t } = withEditor()
    t.call('user_delete', t.sysadmin, { id: 'editor-user' })
    expect(t.call('user_show', t.anonymous, { id: 'editor-user' }).state).toBe('deleted')
    t.close()
  })

  it('refuses anonymous callers when public_user_details is off', () => {
    const t = testEngine({ config: { publicUserDetails: false } })
    expect(t.failure('user_show', t.anonymous, { id: 'admin' })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    expect(t.call('user_show', t.user('someone'), { id: 'admin' }).name).toBe('admin')
    t.close()
  })

  it('gives the password hash to sysadmins who ask, and to no one else', () => {
    const { t, editorCaller } = withEditor()
    expect(t.call('user_show', t.sysadmin, { id: 'editor-user', include_password_hash: true }).password_hash).toMatch(/^\$scrypt\$/)
    expect(t.call('user_show', editorCaller, { id: 'editor-user', include_password_hash: 'true' })).not.toHaveProperty('password_hash')
    t.close()
  })

  it('counts private and draft datasets only for the user themself or a sysadmin', () => {
    const { t, editor, editorCaller } = withEditor()
    const insert = sql(
      t.engine.db,
      `INSERT INTO packages (id, name, state, private, creator_user_id, metadata_created, metadata_modified, data)
       VALUES (?, ?, ?, ?, ?, '2024-01-01T00:00:00', '2024-01-01T00:00:00', '{}')`,
    )
    insert.run('p1', 'public-one', 'active', 0, editor.id)
    insert.run('p2', 'private-one', 'active', 1, editor.id)
    insert.run('p3', 'draft-one', 'draft', 0, editor.id)
    insert.run('p4', 'deleted-one', 'deleted', 0, editor.id)
    expect(t.call('user_show', t.anonymous, { id: 'editor-user' }).number_created_packages).toBe(1)
    expect(t.call('user_show', editorCaller, { id: 'editor-user' }).number_created_packages).toBe(3)
    expect(t.call('user_show', t.sysadmin, { id: 'editor-user' }).number_created_packages).toBe(3)
    t.close()
  })

  it('adds num_followers (how many follow the user; none here) on request', () => {
    const { t } = withEditor()
    expect(t.call('user_show', t.anonymous, { id: 'editor-user', include_num_followers: true }).num_followers).toBe(0)
    t.close()
  })

  it('lists no datasets for a user who created none', () => {
    const { t } = withEditor()
    expect(t.call('user_show', t.anonymous, { id: 'editor-user', include_datasets: true }).datasets).toEqual([])
    t.close()
  })
})
