import { describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { testEngine } from '../../../../helpers/test-engine.ts'

function withOrganization() {
  const t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'rivers-org' })
  return t
}

const mailFailure = {
  message: 'Error sending the invite email, the user was not created: [Errno 111] Connection refused',
  __type: 'Validation Error',
}

describe('user_invite', () => {
  it('ends as CKAN does when no mail server answers, leaving no account or membership behind', () => {
    const t = withOrganization()
    const users = () => sql(t.engine.db, 'SELECT count(*) AS n FROM users').get()
    const before = users()
    expect(t.failure('user_invite', t.sysadmin, { email: 'new@example.org', group_id: 'rivers-org', role: 'editor' })).toEqual(mailFailure)
    expect(users()).toEqual(before)
    expect(t.call('member_list', t.sysadmin, { id: 'rivers-org', object_type: 'user' })).toHaveLength(1)
    t.close()
  })

  it('lets an organization admin invite, as group_member_create allows', () => {
    const t = withOrganization()
    const carol = t.user('carol')
    t.call('organization_member_create', t.sysadmin, { id: 'rivers-org', username: 'carol', role: 'admin' })
    expect(t.failure('user_invite', carol, { email: 'new@example.org', group_id: 'rivers-org', role: 'member' })).toEqual(mailFailure)
    t.close()
  })

  it('validates the address, group and role as CKAN does', () => {
    const t = withOrganization()
    expect(t.failure('user_invite', t.sysadmin, { email: 'not-an-address', group_id: '' })).toEqual({
      email: ['Email not-an-address is not a valid format'],
      group_id: ['Missing value'],
      role: ['Missing value'],
      __type: 'Validation Error',
    })
    expect(t.failure('user_invite', t.sysadmin, { email: 'admin@example.org', group_id: 'rivers-org', role: 'member' })).toEqual({
      email: ["The email address 'admin@example.org' belongs to a registered user."],
      __type: 'Validation Error',
    })
    expect(t.failure('user_invite', t.sysadmin, { email: 'new@example.org', group_id: 'rivers-org', role: 'owner' })).toEqual({
      role: ['role does not exist.'],
      __type: 'Validation Error',
    })
    t.close()
  })

  it('answers a bare 404 for a group that does not exist', () => {
    const t = withOrganization()
    expect(t.failure('user_invite', t.sysadmin, { email: 'new@example.org', group_id: 'nope', role: 'member' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found',
    })
    t.close()
  })

  it("refuses anonymous callers and those who may not manage the group's members", () => {
    const t = withOrganization()
    const params = { email: 'new@example.org', group_id: 'rivers-org', role: 'member' }
    expect(t.failure('user_invite', t.anonymous, params)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action user_invite requires an authenticated user',
    })
    const editor = t.user('ed')
    t.call('organization_member_create', t.sysadmin, { id: 'rivers-org', username: 'ed', role: 'editor' })
    expect(t.failure('user_invite', editor, params)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User ed not authorized to add members',
    })
    t.close()
  })
})
