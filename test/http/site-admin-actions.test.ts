/**
 * The small sysadmin actions over the real HTTP door, as a CKAN client sees
 * them: runtime config, the site user, task statuses, term translations,
 * CKAN's (empty) job queues and the actions that would send email.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDoor, type Door } from './door.ts'

let door: Door
let bobToken: string

beforeAll(async () => {
  door = await startDoor()
  const { t } = door
  t.call('user_create', t.sysadmin, { name: 'bob', email: 'bob@example.org', password: 'password123' })
  bobToken = t.call('api_token_create', t.sysadmin, { user: 'bob', name: 'test' }).token
  t.call('organization_create', t.sysadmin, { name: 'rivers-org' })
})
afterAll(() => door?.close())

const auth = (token: string) => ({ headers: { authorization: token } })

describe('runtime config over HTTP', () => {
  it('updates the title, which status_show then reports; lists and shows options by GET', async () => {
    const updated = await door.action('config_option_update', { 'ckan.site_title': 'River data', 'ckan.site_description': 'Open rivers' })
    expect(updated.status).toBe(200)
    expect(updated.json).toMatchObject({ success: true, result: { 'ckan.site_title': 'River data', 'ckan.site_description': 'Open rivers' } })
    expect(updated.json.help).toMatch(/\/api\/3\/action\/help_show\?name=config_option_update$/)

    const status = await door.request('/api/3/action/status_show')
    expect(status.json.result).toMatchObject({ site_title: 'River data', site_description: 'Open rivers' })

    const list = await door.request('/api/3/action/config_option_list', auth(door.adminToken))
    expect(list.status).toBe(200)
    expect(list.json.result).toContain('ckan.homepage_style')
    const shown = await door.request('/api/3/action/config_option_show?key=ckan.site_title', auth(door.adminToken))
    expect(shown.json.result).toBe('River data')
  })

  it('answers unknown keys with 409, non-sysadmins with 403, and a JSONP call as anonymous', async () => {
    const unknown = await door.action('config_option_update', { 'ckan.plugins': 'x' })
    expect(unknown.status).toBe(409)
    expect(unknown.json.error).toEqual({ message: "Configuration option(s) 'ckan.plugins' can not be updated", __type: 'Validation Error' })
    const bob = await door.action('config_option_update', { 'ckan.site_title': 'Mine' }, bobToken)
    expect(bob.status).toBe(403)
    expect(bob.json.error).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    // CKAN runs a request with a callback as anonymous, even with a sysadmin's token.
    const jsonp = await door.request('/api/3/action/config_option_list?callback=cb', auth(door.adminToken))
    expect(jsonp.status).toBe(403)
  })
})

describe('the site user over HTTP', () => {
  it('answers a sysadmin (GET works, as in CKAN) and refuses others', async () => {
    const site = await door.request('/api/3/action/get_site_user', auth(door.adminToken))
    expect(site.status).toBe(200)
    expect(site.json.result).toEqual({ name: 'default', apikey: null })
    const bob = await door.request('/api/3/action/get_site_user', auth(bobToken))
    expect(bob.status).toBe(403)
    expect(bob.json.error.message).toBe('Access denied: Only internal services allowed to use this action')
  })
})

describe('task statuses and term translations over HTTP', () => {
  it('stores a task status, shows it to anyone by GET, and deletes it', async () => {
    const stored = await door.action('task_status_update', { entity_id: 'd1', entity_type: 'package', task_type: 'archiver', key: 'status', value: 'ok' })
    expect(stored.status).toBe(200)
    const shown = await door.request('/api/3/action/task_status_show?entity_id=d1&task_type=archiver&key=status')
    expect(shown.json.result).toEqual(stored.json.result)
    const refused = await door.action('task_status_delete', { id: stored.json.result.id }, null)
    expect(refused.status).toBe(403)
    expect((await door.action('task_status_delete', { id: stored.json.result.id })).json.result).toBeNull()
    const gone = await door.request(`/api/3/action/task_status_show?id=${stored.json.result.id}`)
    expect(gone.status).toBe(404)
    expect(gone.json.error).toEqual({ __type: 'Not Found Error', message: 'Not found' })
  })

  it('stores translations in bulk and finds them with repeated GET parameters', async () => {
    const many = await door.action('term_translation_update_many', {
      data: [
        { term: 'lake', term_translation: 'See', lang_code: 'de' },
        { term: 'river', term_translation: 'Fluss', lang_code: 'de' },
      ],
    })
    expect(many.json.result).toEqual({ success: '2 rows updated' })
    const found = await door.request('/api/3/action/term_translation_show?terms=lake&terms=river&lang_codes=de')
    expect(found.json.result.map((row: any) => row.term_translation)).toEqual(['See', 'Fluss'])
    const missing = await door.request('/api/3/action/term_translation_show')
    expect(missing.status).toBe(409)
    expect(missing.json.error).toEqual({ terms: 'terms not in data', __type: 'Validation Error' })
  })
})

describe("CKAN's job queues and email over HTTP", () => {
  it('lists no jobs by GET, refuses job_clear by GET, clears named queues by POST, and knows no job id', async () => {
    const list = await door.request('/api/3/action/job_list', auth(door.adminToken))
    expect(list.json.result).toEqual([])
    const byGet = await door.request('/api/3/action/job_clear', auth(door.adminToken))
    expect(byGet.status).toBe(400)
    expect((await door.action('job_clear', { queues: ['default'] })).json.result).toEqual(['default'])
    const show = await door.request('/api/3/action/job_show?id=abc', auth(door.adminToken))
    expect(show.status).toBe(404)
    const anonymous = await door.action('job_cancel', { id: 'abc' }, null)
    expect(anonymous.json.error.message).toBe('Access denied: Action job_cancel requires an authenticated user')
  })

  it('answers send_email_notifications and user_invite with the 409s of a CKAN that sends no mail', async () => {
    const notify = await door.action('send_email_notifications')
    expect(notify.status).toBe(409)
    expect(notify.json.error.message).toBe('ckan.activity_streams_email_notifications is not enabled in config')
    const before = door.fingerprint()
    const invite = await door.action('user_invite', { email: 'new@example.org', group_id: 'rivers-org', role: 'member' })
    expect(invite.status).toBe(409)
    expect(invite.json.error.message).toMatch(/^Error sending the invite email, the user was not created: /)
    expect(door.fingerprint()).toBe(before)
  })
})
