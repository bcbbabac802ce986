/**
 * Resource views over the real HTTP door, as a CKAN client sees them: a
 * default view made by resource_create, views made, shown by GET, reordered
 * and deleted, with the status codes and error bodies CKAN 2.10 sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDoor, type Door } from './door.ts'

let door: Door
let editorToken: string
let outsiderToken: string
let datasetId: string

beforeAll(async () => {
  door = await startDoor()
  const { t } = door
  for (const name of ['ed', 'out']) t.call('user_create', t.sysadmin, { name, email: `${name}@example.org`, password: 'password123' })
  editorToken = t.call('api_token_create', t.sysadmin, { user: 'ed', name: 'test' }).token
  outsiderToken = t.call('api_token_create', t.sysadmin, { user: 'out', name: 'test' }).token
  t.call('organization_create', t.sysadmin, { name: 'rivers-org' })
  t.call('organization_member_create', t.sysadmin, { id: 'rivers-org', username: 'ed', role: 'editor' })
  datasetId = t.call('package_create', t.sysadmin, { name: 'secret-data', owner_org: 'rivers-org', private: true }).id
})
afterAll(() => door?.close())

describe('resource views over HTTP', () => {
  it('makes, shows, reorders and deletes the views of a private dataset\'s resource', async () => {
    const resource = (await door.action('resource_create', { package_id: datasetId, url: 'http://example.org/map.png' }, editorToken)).json.result
    const listed = await door.request(`/api/3/action/resource_view_list?id=${resource.id}`, { headers: { authorization: editorToken } })
    expect(listed.status).toBe(200)
    expect(listed.json.result).toEqual([
      { id: expect.any(String), resource_id: resource.id, title: 'Image', description: '', view_type: 'image_view', package_id: datasetId },
    ])
    const [image] = listed.json.result

    const created = await door.action('resource_view_create', { resource_id: resource.id, view_type: 'webpage_view', title: 'Site', page_url: 'http://example.org' }, editorToken)
    expect(created.status).toBe(200)
    expect(created.json).toEqual({
      help: expect.stringMatching(/\/api\/3\/action\/help_show\?name=resource_view_create$/),
      success: true,
      result: { id: expect.any(String), resource_id: resource.id, title: 'Site', description: null, view_type: 'webpage_view', page_url: 'http://example.org', package_id: datasetId },
    })
    const site = created.json.result

    const shown = await door.request(`/api/3/action/resource_view_show?id=${site.id}`, { headers: { authorization: editorToken } })
    expect(shown.json.result).toEqual(site)
    const hidden = await door.request(`/api/3/action/resource_view_show?id=${site.id}`, { headers: { authorization: outsiderToken } })
    expect(hidden.status).toBe(403)
    expect(hidden.json.error).toEqual({ __type: 'Authorization Error', message: `Access denied: User out not authorized to read resource ${resource.id}` })

    const reordered = await door.action('resource_view_reorder', { id: resource.id, order: [site.id] }, editorToken)
    expect(reordered.json.result).toEqual({ id: resource.id, order: [site.id, image.id] })

    expect((await door.action('resource_view_delete', { id: image.id }, editorToken)).json.result).toBeNull()
    const gone = await door.request(`/api/3/action/resource_view_show?id=${image.id}`, { headers: { authorization: editorToken } })
    expect(gone.status).toBe(404)
    expect(gone.json.error).toEqual({ __type: 'Not Found Error', message: 'Not found: Resource view not found, cannot check auth.' })
  })

  it('answers bad fields with 409, anonymous writes with 403, and refuses GET for writes', async () => {
    const resource = door.t.call('resource_create', door.t.sysadmin, { package_id: datasetId, url: 'http://example.org/a.csv' })
    const unknown = await door.action('resource_view_create', { resource_id: resource.id, view_type: 'pdf_view', title: 'PDF' }, editorToken)
    expect(unknown.status).toBe(409)
    expect(unknown.json.error).toEqual({ view_type: 'No plugin found for view_type pdf_view', __type: 'Validation Error' })
    const extra = await door.action('resource_view_create', { resource_id: resource.id, view_type: 'image_view', title: '', colour: 'red' }, editorToken)
    expect(extra.json.error).toEqual({ __extras: ['The input field __extras was not expected.'], title: ['Missing value'], __type: 'Validation Error' })
    const anonymous = await door.action('resource_view_create', { resource_id: resource.id, view_type: 'image_view', title: 'Image' }, null)
    expect(anonymous.status).toBe(403)
    expect(anonymous.json.error.message).toBe('Access denied: Action resource_view_create requires an authenticated user')
    const byGet = await door.request(`/api/3/action/resource_view_clear`, { headers: { authorization: door.adminToken } })
    expect(byGet.status).toBe(400)
    const cleared = await door.action('resource_view_clear', {}, editorToken)
    expect(cleared.status).toBe(403)
    expect(cleared.json.error).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
  })

  it('lists the view plugins among status_show\'s extensions', async () => {
    const status = await door.request('/api/3/action/status_show')
    expect(status.json.result.extensions).toEqual(['activity', 'image_view', 'text_view', 'webpage_view', 'video_view', 'audio_view'])
  })
})
