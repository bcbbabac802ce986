import { expect, it } from 'vitest'
import { ActionError } from '../../../../electron/engine/errors.ts'
import { testEngine } from '../../../helpers/test-engine.ts'

/**
 * Every group action, every parameter, odd values: the answer is always a
 * CKAN error or a result, never a crash (which the doors would turn into a 500).
 */
it('answers odd input to every group action with a CKAN error, never a crash', () => {
  const t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'org-a' })
  t.call('group_create', t.sysadmin, { name: 'grp-a' })
  const odd = [-1, 1.5, true, null, [], ['x', 1], { a: 1 }, "'; DROP TABLE groups; --", '%_\\']
  const keys = ['id', 'name', 'title', 'q', 'sort', 'limit', 'offset', 'all_fields', 'organizations', 'groups', 'users',
    'extras', 'packages', 'object', 'object_type', 'capacity', 'username', 'role', 'permission', 'include_datasets', 'state']
  const actions = t.engine.actionNames().filter((name) => /^(organization|group|member)_/.test(name) && !/activity|autocomplete/.test(name))
  const crashes = new Set<string>()
  for (const caller of [t.sysadmin, t.anonymous]) {
    for (const action of actions) {
      for (const key of keys) {
        for (const value of odd) {
          const params = { id: action.startsWith('group') ? 'grp-a' : 'org-a', [key]: value }
          try {
            t.engine.call(action, caller, params)
          } catch (error) {
            if (!(error instanceof ActionError)) crashes.add(`${action} ${key}=${JSON.stringify(value)}: ${(error as Error).message}`)
          }
        }
      }
    }
  }
  expect([...crashes]).toEqual([])
  // Delete and purge may legitimately have run; the tables must still be whole.
  expect(t.engine.db.pragma('integrity_check', { simple: true })).toBe('ok')
  expect(t.call('organization_create', t.sysadmin, { name: 'after' }).name).toBe('after')
  t.close()
})
