/**
 * Tags as group members over the real HTTP door: member_create by POST,
 * group_show and member_list by GET, and CKAN's refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDoor, type Door } from './door.ts'

let door: Door
let sysadminToken: string

beforeAll(async () => {
  door = await startDoor()
  const { t } = door
  sysadminToken = t.call('api_token_create', t.sysadmin, { user: t.sysadmin.user!.name, name: 'test' }).token
  t.call('organization_create', t.sysadmin, { name: 'rivers-org' })
  t.call('group_create', t.sysadmin, { name: 'water' })
  t.call('package_create', t.sysadmin, { name: 'river-levels', owner_org: 'rivers-org', tags: [{ name: 'hydrology' }] })
})
afterAll(() => door?.close())

describe('tags in groups over HTTP', () => {
  it('adds a tag to a group, shows and lists it, then removes it', async () => {
    const created = await door.action('member_create', { id: 'water', object: 'hydrology', object_type: 'tag', capacity: 'public' }, sysadminToken)
    expect(created.status).toBe(200)
    expect(created.json.result).toMatchObject({ table_name: 'tag', capacity: 'public', state: 'active' })

    const shown = await door.request('/api/3/action/group_show?id=water')
    expect(shown.status).toBe(200)
    expect(shown.json.result.tags).toEqual([
      { capacity: 'public', display_name: 'hydrology', id: created.json.result.table_id, name: 'hydrology', vocabulary_id: null },
    ])
    const listed = await door.request('/api/3/action/member_list?id=water&object_type=tag')
    expect(listed.json.result).toEqual([[created.json.result.table_id, 'tag', 'public']])

    const anonymous = await door.action('member_create', { id: 'water', object: 'hydrology', object_type: 'tag', capacity: 'public' }, null)
    expect(anonymous.status).toBe(403)
    const missing = await door.action('member_create', { id: 'water', object: 'geology', object_type: 'tag', capacity: 'public' }, sysadminToken)
    expect(missing.status).toBe(404)
    expect(missing.json.error).toEqual({ __type: 'Not Found Error', message: 'Not found: Tag was not found.' })

    const deleted = await door.action('member_delete', { id: 'water', object: 'hydrology', object_type: 'tag' }, sysadminToken)
    expect(deleted.status).toBe(200)
    expect((await door.request('/api/3/action/group_show?id=water')).json.result.tags).toEqual([])
  })
})
