import { decodeActivityData } from '../../../../../electron/engine/activity/record.ts'
import { existsSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { exchangesDir } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

function exchange(name: string): any {
  return JSON.parse(readFileSync(new URL(name, exchangesDir), 'utf8'))
}

describe('organization_create', () => {
  it.skipIf(!existsSync(exchangesDir))('returns the key set of CKAN 2.10 (015), the creator as admin', () => {
    t = testEngine()
    const recorded = exchange('015-organization_create.json')
    const org = t.call('organization_create', t.sysadmin, recorded.request.body)
    const expected = recorded.response.body.result
    expect(Object.keys(org).sort()).toEqual(Object.keys(expected).sort())
    expect(Object.keys(org.users[0]).sort()).toEqual(Object.keys(expected.users[0]).sort())
    for (const key of ['approval_status', 'description', 'display_name', 'image_display_url', 'image_url',
      'is_organization', 'name', 'num_followers', 'package_count', 'state', 'title', 'type', 'extras', 'tags', 'groups']) {
      expect(org[key], key).toEqual(expected[key])
    }
    expect(org.users[0]).toMatchObject({ name: 'admin', capacity: 'admin', sysadmin: true })
    expect(org.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/)
  })

  it('lets any logged-in user create one and makes them admin', () => {
    t = testEngine()
    const alice = t.user('alice')
    const org = t.call('organization_create', alice, { name: 'alices-org' })
    expect(org.users.map((u: any) => [u.name, u.capacity])).toEqual([['alice', 'admin']])
    expect(org.title).toBe('')
    expect(org.display_name).toBe('alices-org')
  })

  it('refuses an anonymous caller', () => {
    t = testEngine()
    expect(t.failure('organization_create', t.anonymous, { name: 'x-org' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action organization_create requires an authenticated user',
    })
  })

  it('refuses users when user_create_organizations is off (naming them by id, as CKAN does), but not sysadmins', () => {
    t = testEngine({ config: { userCreateOrganizations: false } })
    const bob = t.user('bob')
    expect(t.failure('organization_create', bob, { name: 'bobs' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User ${bob.user!.id} not authorized to create organizations`,
    })
    expect(t.call('organization_create', t.sysadmin, { name: 'site-org' }).name).toBe('site-org')
  })

  it('reports a missing name', () => {
    t = testEngine()
    expect(t.failure('organization_create', t.sysadmin, { title: 'No name' })).toEqual({
      __type: 'Validation Error',
      name: ['Missing value'],
    })
  })

  it.each([
    ['a', 'Must be at least 2 characters long'],
    ['x'.repeat(101), 'Name must be a maximum of 100 characters long'],
    ['Bad Name', 'Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'],
    ['new', 'That name cannot be used'],
  ])('reports the bad name %j', (name, message) => {
    t = testEngine()
    expect(t.failure('organization_create', t.sysadmin, { name })).toEqual({ __type: 'Validation Error', name: [message] })
  })

  it('shares the name space with groups, deleted ones included', () => {
    t = testEngine()
    t.call('group_create', t.sysadmin, { name: 'taken' })
    expect(t.failure('organization_create', t.sysadmin, { name: 'taken' })).toEqual({
      __type: 'Validation Error',
      name: ['Group name already exists in database'],
    })
    t.call('organization_create', t.sysadmin, { name: 'gone' })
    t.call('organization_delete', t.sysadmin, { id: 'gone' })
    expect(t.failure('organization_create', t.sysadmin, { name: 'gone' }).name).toEqual(['Group name already exists in database'])
  })

  it('keeps custom fields a portal sent, returned as sent', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, {
      name: 'dgu-org',
      category: 'ministerial-department',
      'contact-email': 'foi@example.org',
      title_translated: { en: 'Ministry', fr: 'Ministère' },
    })
    expect(org.category).toBe('ministerial-department')
    expect(org['contact-email']).toBe('foi@example.org')
    expect(org.title_translated).toEqual({ en: 'Ministry', fr: 'Ministère' })
    expect(t.call('organization_show', t.anonymous, { id: 'dgu-org' }).category).toBe('ministerial-department')
  })

  it('stores extras, sorted by key on show', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, {
      name: 'extra-org',
      extras: [{ key: 'zeta', value: '1' }, { key: 'alpha', value: '2' }],
    })
    expect(org.extras).toEqual([{ key: 'alpha', value: '2' }, { key: 'zeta', value: '1' }])
  })

  it('reports bad extras per item, aligned with the list', () => {
    t = testEngine()
    expect(t.failure('organization_create', t.sysadmin, {
      name: 'extra-org',
      extras: [{ key: 'fine', value: 'x' }, { key: 'name', value: 'y' }, { value: 'z' }],
    })).toEqual({
      __type: 'Validation Error',
      extras: [{}, { key: ['There is a schema field with the same name'] }, { key: ['Missing value'] }],
    })
  })

  it('answers an Integrity Error when extras is not a list of dicts', () => {
    t = testEngine()
    const error = t.failure('organization_create', t.sysadmin, { name: 'x-org', extras: { a: 'b' } })
    expect(error.__type).toBe('Integrity Error')
    expect(error.message).toBe("Only lists of dicts can be placed against subschema ('extras',), not <class 'dict'>")
  })

  it('adds listed users with their capacity (public when absent), skipping unknown ones', () => {
    t = testEngine()
    t.user('ed')
    t.user('mo')
    const org = t.call('organization_create', t.sysadmin, {
      name: 'crew',
      users: [{ name: 'ed', capacity: 'editor' }, { name: 'mo' }, { name: 'nobody', capacity: 'admin' }],
    })
    expect(org.users.map((u: any) => [u.name, u.capacity])).toEqual([
      ['admin', 'admin'],
      ['ed', 'editor'],
      ['mo', 'public'],
    ])
  })

  it('lets a sysadmin choose the id, and refuses one already used', () => {
    t = testEngine()
    const id = '3212a7c8-8dda-4905-82ca-e46ee58bb083'
    expect(t.call('organization_create', t.sysadmin, { name: 'with-id', id }).id).toBe(id)
    expect(t.failure('organization_create', t.sysadmin, { name: 'again', id })).toEqual({
      __type: 'Validation Error',
      id: ['Id already exists'],
    })
  })

  it("ignores a normal user's id", () => {
    t = testEngine()
    const id = '3212a7c8-8dda-4905-82ca-e46ee58bb083'
    expect(t.call('organization_create', t.user('carol'), { name: 'carols', id }).id).not.toBe(id)
  })

  it('records a "new organization" activity holding the group row', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'act-org', title: 'Act' })
    const row = sql(t.engine.db, 'SELECT * FROM activities WHERE object_id = ?').get(org.id) as any
    expect(row.activity_type).toBe('new organization')
    const data = decodeActivityData(row.data)
    expect(data.group).toEqual({
      id: org.id,
      name: 'act-org',
      title: 'Act',
      type: 'organization',
      description: '',
      image_url: '',
      created: org.created,
      is_organization: true,
      approval_status: 'approved',
      state: 'active',
    })
    expect(row.user_id).toBe(t.sysadmin.user!.id)
  })
})
