/**
 * activity_create, activity_diff and the dataset collaborator actions over
 * the real HTTP door: status codes and envelopes as a CKAN 2.10 client sees
 * them (collaborators disabled, CKAN's default).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDoor, type Door } from './door.ts'

let door: Door
let packageId: string

beforeAll(async () => {
  door = await startDoor()
  const { t } = door
  t.call('organization_create', t.sysadmin, { name: 'rivers-org' })
  packageId = t.call('package_create', t.sysadmin, { name: 'open-data', owner_org: 'rivers-org', notes: 'before' }).id
  t.call('package_patch', t.sysadmin, { id: 'open-data', notes: 'after' })
})
afterAll(() => door?.close())

describe('activity over HTTP', () => {
  it('creates an activity that the dataset\'s list then shows, and refuses anonymous callers', async () => {
    const params = { user_id: 'admin', object_id: packageId, activity_type: 'changed package', data: { note: 'by hand' } }
    const created = await door.action('activity_create', params)
    expect(created.status).toBe(200)
    expect(created.json.result).toMatchObject({ object_id: packageId, activity_type: 'changed package', data: { note: 'by hand' } })
    const list = await door.request('/api/3/action/package_activity_list?id=open-data&limit=1')
    expect(list.json.result).toEqual([created.json.result])
    const anonymous = await door.action('activity_create', params, null)
    expect(anonymous.status).toBe(403)
    expect(anonymous.json.error).toEqual({ __type: 'Authorization Error', message: 'Access denied: Action activity_create requires an authenticated user' })
  })

  it('diffs an edit by GET, and answers 404 with no previous activity', async () => {
    const activities = door.t.call('package_activity_list', door.t.sysadmin, { id: 'open-data', activity_types: ['changed package', 'new package'] })
    const edit = activities.find((a: { data: { package?: { notes?: string } } }) => a.data.package?.notes === 'after')
    const reply = await door.request(`/api/3/action/activity_diff?id=${edit.id}&object_type=package`, {
      headers: { authorization: door.adminToken },
    })
    expect(reply.status).toBe(200)
    expect(reply.json.result.diff).toContain('\n-  "notes": "before",\n+  "notes": "after",')
    expect(reply.json.result.activities[1].id).toBe(edit.id)
    const first = activities[activities.length - 1]
    const none = await door.action('activity_diff', { id: first.id, object_type: 'package' })
    expect(none.status).toBe(404)
    expect(none.json.error).toEqual({ __type: 'Not Found Error', message: 'Not found: Previous activity for this object not found' })
  })

  it('diffs an edit as HtmlDiff\'s side by side table by GET', async () => {
    const activities = door.t.call('package_activity_list', door.t.sysadmin, { id: 'open-data', activity_types: ['changed package'] })
    const edit = activities.find((a: { data: { package?: { notes?: string } } }) => a.data.package?.notes === 'after')
    const reply = await door.request(`/api/3/action/activity_diff?id=${edit.id}&object_type=package&diff_type=html`, {
      headers: { authorization: door.adminToken },
    })
    expect(reply.status).toBe(200)
    const { diff, activities: pair } = reply.json.result
    expect(diff).toMatch(/^\n    <table class="diff" id="difflib_chg_to\d+__top"\n/)
    expect(diff).toMatch(/<td class="diff_header" id="from\d+_\d+">\d+<\/td><td nowrap="nowrap">&nbsp;&nbsp;"notes":&nbsp;"<span class="diff_chg">/)
    expect(diff.endsWith('        </tbody>\n    </table>')).toBe(true)
    expect(pair[1].id).toBe(edit.id)
  })
})

describe('dataset collaborators over HTTP', () => {
  it('answers 409 "Dataset collaborators not enabled", as a default CKAN does', async () => {
    const created = await door.action('package_collaborator_create', { id: 'open-data', user_id: 'admin', capacity: 'editor' })
    expect(created.status).toBe(409)
    expect(created.json).toMatchObject({ success: false, error: { __type: 'Validation Error', message: 'Dataset collaborators not enabled' } })
    const listed = await door.request('/api/3/action/package_collaborator_list_for_user?id=admin')
    expect(listed.status).toBe(409)
    const anonymous = await door.action('package_collaborator_delete', { id: 'open-data', user_id: 'admin' }, null)
    expect(anonymous.status).toBe(403)
  })
})
