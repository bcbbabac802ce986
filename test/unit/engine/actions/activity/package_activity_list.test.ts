import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { catalogWithActivity } from './activity-fixtures.ts'
import { exchange, haveExchanges } from '../../users/exchanges.ts'

describe('package_activity_list', () => {
  it.skipIf(!haveExchanges)('lists a dataset\'s activities newest first, shaped as CKAN 2.10\'s (070)', () => {
    const { t } = catalogWithActivity()
    const list = t.call('package_activity_list', t.anonymous, { id: 'open-data', limit: 3 })
    const expected = exchange('070').response.body.result
    expect(list.map((a: any) => Object.keys(a))).toEqual(expected.map((a: any) => Object.keys(a)))
    expect(list.map((a: any) => a.activity_type)).toEqual(['changed package', 'changed package', 'new package'])
    expect(Object.keys(list[0].data).sort()).toEqual(Object.keys(expected[0].data).sort())
    expect(list[0].data.package.notes).toBe('second edit')
    expect(list[0].data.actor).toBe('editor')
    t.close()
  })

  it('pages with offset and limit, and caps limit at 100', () => {
    const { t } = catalogWithActivity()
    const all = t.call('package_activity_list', t.anonymous, { id: 'open-data' })
    expect(t.call('package_activity_list', t.anonymous, { id: 'open-data', offset: '1', limit: '1' })).toEqual([all[1]])
    expect(t.call('package_activity_list', t.anonymous, { id: 'open-data', limit: 1000 })).toEqual(all)
    t.close()
  })

  it('filters by activity_types or exclude_activity_types, not both', () => {
    const { t } = catalogWithActivity()
    expect(t.call('package_activity_list', t.anonymous, { id: 'open-data', activity_types: ['new package'] })).toHaveLength(1)
    // list_of_strings: a lone string (one GET parameter, or a JSON string) is not a list.
    expect(t.failure('package_activity_list', t.anonymous, { id: 'open-data', activity_types: 'new package' })).toEqual({
      activity_types: ['Not a list'], __type: 'Validation Error',
    })
    expect(t.failure('package_activity_list', t.anonymous, { id: 'open-data', exclude_activity_types: [1] })).toEqual({
      exclude_activity_types: ['Not a string: 1'], __type: 'Validation Error',
    })
    expect(t.call('package_activity_list', t.anonymous, { id: 'open-data', exclude_activity_types: ['new package'] })).toHaveLength(2)
    expect(t.failure('package_activity_list', t.anonymous, { id: 'open-data', activity_types: ['a'], exclude_activity_types: ['b'] })).toEqual({
      __type: 'Validation Error',
      activity_types: ['Cannot be used together with `exclude_activity_types'],
    })
    t.close()
  })

  it('takes before and after as unix seconds or timestamps', () => {
    const { t } = catalogWithActivity()
    const all = t.call('package_activity_list', t.anonymous, { id: 'open-data' })
    const middle = all[1].timestamp
    expect(t.call('package_activity_list', t.anonymous, { id: 'open-data', before: middle })).toEqual([all[2]])
    expect(t.call('package_activity_list', t.anonymous, { id: 'open-data', after: middle })).toEqual([all[0]])
    const seconds = Date.parse(`${all[2].timestamp}Z`) / 1000 - 1
    expect(t.call('package_activity_list', t.anonymous, { id: 'open-data', after: String(seconds), limit: 1 })).toEqual([all[2]])
    expect(t.failure('package_activity_list', t.anonymous, { id: 'open-data', before: 'yesterday' })).toEqual({
      __type: 'Validation Error', before: ['Date format incorrect'],
    })
    t.close()
  })

  it('reads unix seconds to the microsecond, so activities of one millisecond page apart (CKAN test_action.py test_activity_after / _before / _after_before_offset)', () => {
    const t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    t.call('package_create', t.sysadmin, { name: 'versions', owner_org: 'org-a' })
    for (let c = 0; c < 4; c++) t.call('package_patch', t.sysadmin, { id: 'versions', title: `Dataset v${c}` })
    const db = t.call('package_activity_list', t.sysadmin, { id: 'versions', limit: 10 })
    // What Python's datetime.timestamp() gives for a stored timestamp.
    const seconds = (ts: string) => Date.parse(`${ts.slice(0, 19)}Z`) / 1000 + Number(`0.${ts.slice(20) || '0'}`)
    const ids = (params: Record<string, unknown>) => t.call('package_activity_list', t.anonymous, { id: 'versions', ...params }).map((a: any) => a.id)
    expect(ids({ after: seconds(db[2].timestamp) })).toEqual([db[0].id, db[1].id])
    expect(ids({ before: seconds(db[1].timestamp) })).toEqual([db[2].id, db[3].id, db[4].id])
    expect(ids({ before: seconds(db[1].timestamp), after: seconds(db[3].timestamp) })).toEqual([db[2].id])
    expect(ids({ before: seconds(db[1].timestamp), after: seconds(db[4].timestamp), offset: 1 })).toEqual([db[3].id])
    t.close()
  })

  it('shows a private dataset\'s activity to its organization\'s members only', () => {
    const { t, member, outsider } = catalogWithActivity()
    expect(t.call('package_activity_list', member, { id: 'secret-data' }).map((a: any) => a.activity_type)).toEqual([
      'changed package', 'new package',
    ])
    expect(t.call('package_activity_list', t.sysadmin, { id: 'secret-data' })).toHaveLength(2)
    const denied = t.failure('package_activity_list', outsider, { id: 'secret-data' })
    expect(denied.__type).toBe('Authorization Error')
    expect(denied.message).toMatch(/^Access denied: User outsider not authorized to read package /)
    expect(t.failure('package_activity_list', t.anonymous, { id: 'secret-data' }).message).toMatch(/^Access denied: User  not/)
    t.close()
  })

  it('answers 404 for an unknown dataset and 409 without id', () => {
    const { t } = catalogWithActivity()
    expect(t.failure('package_activity_list', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('package_activity_list', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    expect(t.failure('package_activity_list', t.anonymous, { id: 'open-data', limit: -1 })).toEqual({
      __type: 'Validation Error', limit: ['Must be a natural number'],
    })
    t.close()
  })

  it('records a deleted dataset\'s deletion, readable by members', () => {
    const { t, member } = catalogWithActivity()
    t.call('package_delete', t.sysadmin, { id: 'open-data' })
    expect(t.call('package_activity_list', member, { id: 'open-data', limit: 1 })[0].activity_type).toBe('deleted package')
    t.close()
  })
})
