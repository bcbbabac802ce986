/**
 * Dataset relationships over the real HTTP door, as a CKAN client sees them:
 * status codes, envelopes, GET for the list, and package_show's bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDoor, type Door } from './door.ts'

let door: Door
let editorToken: string
let outsiderToken: string

beforeAll(async () => {
  door = await startDoor()
  const { t } = door
  for (const name of ['edith', 'nina']) t.call('user_create', t.sysadmin, { name, email: `${name}@example.org`, password: 'password123' })
  editorToken = t.call('api_token_create', t.sysadmin, { user: 'edith', name: 'test' }).token
  outsiderToken = t.call('api_token_create', t.sysadmin, { user: 'nina', name: 'test' }).token
  t.call('organization_create', t.sysadmin, { name: 'rivers-org' })
  t.call('organization_member_create', t.sysadmin, { id: 'rivers-org', username: 'edith', role: 'editor' })
  t.call('package_create', t.sysadmin, { name: 'source-data', owner_org: 'rivers-org' })
  t.call('package_create', t.sysadmin, { name: 'derived-data', owner_org: 'rivers-org' })
  t.call('package_create', t.sysadmin, { name: 'private-data', owner_org: 'rivers-org', private: true })
})
afterAll(() => door?.close())

describe('dataset relationships over HTTP', () => {
  it('creates, lists by GET, shows in package_show, updates and deletes a relationship', async () => {
    const created = await door.action('package_relationship_create', { subject: 'source-data', object: 'derived-data', type: 'has_derivation', comment: 'made from it' }, editorToken)
    expect(created.status).toBe(200)
    expect(created.json).toMatchObject({ success: true, result: { subject: 'derived-data', type: 'derives_from', object: 'source-data', comment: 'made from it' } })

    const listed = await door.request('/api/3/action/package_relationships_list?id=source-data')
    expect(listed.status).toBe(200)
    expect(listed.json.result).toEqual([{ subject: 'source-data', type: 'has_derivation', object: 'derived-data', comment: 'made from it' }])

    const shown = await door.request('/api/3/action/package_show?id=derived-data')
    const [relationship] = shown.json.result.relationships_as_subject
    expect(relationship).toMatchObject({ comment: 'made from it', type: 'derives_from', __extras: { object_package_id: door.t.call('package_show', door.t.sysadmin, { id: 'source-data' }).id } })
    expect(shown.text).toBe(JSON.stringify({ help: shown.json.help, success: true, result: shown.json.result }))

    const updated = await door.action('package_relationship_update', { subject: 'derived-data', object: 'source-data', type: 'derives_from', comment: 'checked' }, editorToken)
    expect(updated.json.result.comment).toBe('checked')

    const deleted = await door.action('package_relationship_delete', { subject: 'source-data', object: 'derived-data', type: 'has_derivation' }, editorToken)
    expect(deleted.status).toBe(200)
    expect(deleted.json.result).toBeNull()
    expect((await door.request('/api/3/action/package_relationships_list?id=source-data')).json.result).toEqual([])
  })

  it('answers bad input with 409, unknown datasets and relationships with 404', async () => {
    const missing = await door.action('package_relationship_create', { subject: 'source-data' })
    expect(missing.status).toBe(409)
    expect(missing.json.error).toEqual({ object: ['Missing value'], type: ['Missing value'], __type: 'Validation Error' })

    const badType = await door.action('package_relationship_create', { subject: 'source-data', object: 'derived-data', type: 'cousin_of' })
    expect(badType.status).toBe(409)
    expect(badType.json.error.type[0]).toMatch(/^Value must be one of \['depends_on', /)

    const unknown = await door.action('package_relationship_create', { subject: 'no-such-data', object: 'derived-data', type: 'links_to' })
    expect(unknown.status).toBe(404)
    expect(unknown.json.error).toEqual({ __type: 'Not Found Error', message: "Not found: Subject package 'no-such-data' was not found." })

    const noRelationship = await door.action('package_relationship_delete', { subject: 'source-data', object: 'derived-data', type: 'links_to' }, null)
    expect(noRelationship.status).toBe(404)
    expect(noRelationship.json.error).toEqual({ __type: 'Not Found Error', message: 'Not found' })

    const noType = await door.request('/api/3/action/package_relationships_list?id=source-data&rel=child_of')
    expect(noType.status).toBe(404)
    expect(noType.json.error.message).toBe('Not found: Relationship "source-data child_of None" not found.')
  })

  it('answers callers without the right with 403', async () => {
    const anonymous = await door.action('package_relationship_create', { subject: 'source-data', object: 'derived-data', type: 'links_to' }, null)
    expect(anonymous.status).toBe(403)
    expect(anonymous.json.error).toEqual({ __type: 'Authorization Error', message: 'Access denied: Action package_relationship_create requires an authenticated user' })

    const outsider = await door.action('package_relationship_create', { subject: 'source-data', object: 'derived-data', type: 'links_to' }, outsiderToken)
    expect(outsider.status).toBe(403)
    expect(outsider.json.error.message).toBe('Access denied: User nina not authorized to edit these packages')

    const privateList = await door.request('/api/3/action/package_relationships_list?id=private-data')
    expect(privateList.status).toBe(403)
    expect(privateList.json.error.message).toBe('Access denied: User  not authorized to read these packages')
    const asEditor = await door.request('/api/3/action/package_relationships_list?id=private-data', { headers: { authorization: editorToken } })
    expect(asEditor.status).toBe(200)
  })

  it('refuses a GET for the write actions', async () => {
    const reply = await door.request('/api/3/action/package_relationship_create?subject=source-data&object=derived-data&type=links_to')
    expect(reply.status).toBe(400)
  })
})
