/**
 * CKAN's ckan/tests/legacy/logic/test_tag.py over the real HTTP door: the
 * status codes, help links and envelopes its webtest client checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDoor, type Door } from './door.ts'

let door: Door

beforeAll(async () => {
  door = await startDoor()
  const { t } = door
  t.call('organization_create', t.sysadmin, { name: 'home' })
  t.call('vocabulary_create', t.sysadmin, { name: 'genre', tags: [{ name: 'sonata' }] })
  t.call('package_create', t.sysadmin, { name: 'annakarenina', owner_org: 'home', tags: [{ name: 'russian' }, { name: 'tolerance' }] })
})
afterAll(() => door?.close())

describe('test_tag.py over HTTP', () => {
  it('test_08_user_create_not_authorized: 403, help link, Authorization Error', async () => {
    const reply = await door.action('user_create', { name: 'test_create_from_action_api', password: 'testpass' }, null)
    expect(reply.status).toBe(403)
    expect(reply.json.help).toContain('/api/3/action/help_show?name=user_create')
    expect(reply.json.success).toBe(false)
    expect(reply.json.error.__type).toBe('Authorization Error')
  })

  it('test_09_user_create: a sysadmin token creates the user; no password comes back', async () => {
    const user = { name: 'test_create_from_action_api', about: 'Just a test user', email: 'me@test.org', password: 'testpass' }
    const reply = await door.action('user_create', user, door.adminToken)
    expect(reply.status).toBe(200)
    expect(reply.json.help).toContain('/api/3/action/help_show?name=user_create')
    const result = reply.json.result
    expect(result.name).toBe(user.name)
    expect(result.about).toBe(user.about)
    for (const key of ['created', 'display_name', 'number_created_packages']) expect(result).toHaveProperty(key)
    expect(result).not.toHaveProperty('password')
  })

  it('test_15_tag_autocomplete: help link; [] without q', async () => {
    const empty = await door.action('tag_autocomplete', {}, null)
    expect(empty.json).toMatchObject({ success: true, result: [] })
    expect(empty.json.help).toContain('/api/3/action/help_show?name=tag_autocomplete')
    const found = await door.action('tag_autocomplete', { q: 'r' }, null)
    expect(found.json.result).toEqual(['russian', 'tolerance'])
  })

  it('404 for a missing or invalid vocabulary, JSON null included', async () => {
    for (const vocabulary_id of ['does_not_exist', null, '', 'a', 'e'.repeat(200)]) {
      for (const action of ['tag_search', 'tag_autocomplete']) {
        const reply = await door.action(action, { q: 'son', vocabulary_id }, null)
        expect(reply.status, `${action} ${vocabulary_id}`).toBe(404)
        expect(reply.json.success).toBe(false)
      }
    }
    expect((await door.action('tag_list', { vocabulary_id: 'invalid-vocab-name' }, null)).status).toBe(404)
  })

  it('JSON null or blank q finds nothing, with or without a vocabulary', async () => {
    for (const q of [null, '', '  ']) {
      expect((await door.action('tag_search', { q }, null)).json.result).toEqual({ count: 0, results: [] })
      expect((await door.action('tag_search', { q, vocabulary_id: 'genre' }, null)).json.result).toEqual({ count: 0, results: [] })
      expect((await door.action('tag_autocomplete', { q, vocabulary_id: 'genre' }, null)).json.result).toEqual([])
    }
  })
})
