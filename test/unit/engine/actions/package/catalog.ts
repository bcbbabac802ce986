/**
 * A small catalog for the dataset and resource tests: the organizations and
 * users of the recorded CKAN 2.10 exchanges (rec-org-ac8697 with an editor
 * and a member), made through the engine's own actions, plus helpers to
 * read those exchanges and compare our dicts with CKAN's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import type { EngineConfig } from '../../../../../electron/engine/config.ts'
import { testEngine } from '../../../../helpers/test-engine.ts'

const exchangesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../../../shared/fixtures/ckan-2.10-exchanges')

/** True when the shared fixtures are present (tests that need them skip otherwise). */
export const hasExchanges = existsSync(exchangesDir)

export type Exchange = {
  request: { method: string; path: string; body: any }
  response: { status: number; body: any }
}

/** The recorded exchange whose file starts with `number` (e.g. "022"). */
export function exchange(number: string): Exchange {
  const file = readdirSync(exchangesDir).find((name) => name.startsWith(`${number}-`))
  if (!file) throw new Error(`no exchange ${number}`)
  return JSON.parse(readFileSync(join(exchangesDir, file), 'utf8')) as Exchange
}

/** The error body of a recorded failure (the envelope's `error`). */
export function recordedError(number: string): Record<string, unknown> {
  return exchange(number).response.body.error
}

/** The result of a recorded success. */
export function recordedResult(number: string): any {
  return exchange(number).response.body.result
}

/** An engine holding the exchanges' organizations, group and users. */
export function catalog(config: Partial<EngineConfig> = {}) {
  const t = testEngine({ config })
  const org = t.call('organization_create', t.sysadmin, {
    name: 'rec-org-ac8697',
    title: 'Recorder Org ac8697',
    description: 'Organization created by the recorder',
  })
  const org2 = t.call('organization_create', t.sysadmin, { name: 'rec-org2-ac8697', title: 'Recorder Org Two ac8697' })
  const group = t.call('group_create', t.sysadmin, {
    name: 'rec-group-ac8697',
    title: 'Recorder Group ac8697',
    description: 'Group created by the recorder',
  })
  const editor = t.user('editor-user-ac8697')
  const member = t.user('member-user-ac8697')
  const admin = t.user('admin-user-ac8697')
  const outsider = t.user('outsider-ac8697')
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'editor-user-ac8697', role: 'editor' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'member-user-ac8697', role: 'member' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'admin-user-ac8697', role: 'admin' })
  return { ...t, org, org2, group, editor, member, admin, outsider }
}

export type Catalog = ReturnType<typeof catalog>

/** A minimal dataset of the exchanges' organization. */
export function minimal(t: Catalog, name = 'rec-minimal-ac8697', extra: Record<string, unknown> = {}): any {
  return t.call('package_create', t.sysadmin, { name, owner_org: 'rec-org-ac8697', ...extra })
}

/** Keys whose values are ids or clocks, different on every run. */
const volatile = new Set([
  'id', 'package_id', 'owner_org', 'creator_user_id', 'vocabulary_id', 'created', 'metadata_created',
  'metadata_modified', 'last_modified',
])

/**
 * Asserts that our dict has exactly CKAN's keys at every level, lists of
 * the same length, and the same values except ids and timestamps (which
 * must still both be null or both be set).
 */
export function expectLikeCkan(actual: unknown, recorded: unknown, path = '$'): void {
  if (Array.isArray(recorded)) {
    expect(Array.isArray(actual), `${path} is a list`).toBe(true)
    expect((actual as unknown[]).length, `${path} length`).toBe(recorded.length)
    recorded.forEach((item, i) => expectLikeCkan((actual as unknown[])[i], item, `${path}[${i}]`))
  } else if (recorded !== null && typeof recorded === 'object') {
    expect(actual !== null && typeof actual === 'object', `${path} is a dict`).toBe(true)
    expect(Object.keys(actual as object).sort(), `${path} keys`).toEqual(Object.keys(recorded).sort())
    for (const [key, value] of Object.entries(recorded)) {
      const mine = (actual as Record<string, unknown>)[key]
      if (volatile.has(key)) expect(mine === null, `${path}.${key} null-ness`).toBe(value === null)
      else expectLikeCkan(mine, value, `${path}.${key}`)
    }
  } else {
    expect(actual, path).toEqual(recorded)
  }
}
