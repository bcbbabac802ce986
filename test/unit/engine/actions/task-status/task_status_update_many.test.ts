import { describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { archived } from './task-status-fixtures.ts'

describe('task_status_update_many', () => {
  it('stores each task status and returns them under results', () => {
    const t = testEngine()
    const result = t.call('task_status_update_many', t.sysadmin, { data: [archived, { ...archived, key: 'size', value: '12' }] })
    expect(result.results.map((row: any) => [row.key, row.value])).toEqual([['status', 'ok'], ['size', '12']])
    t.close()
  })

  it('undoes the whole call when one item fails', () => {
    const t = testEngine()
    expect(t.failure('task_status_update_many', t.sysadmin, { data: [archived, { ...archived, key: '' }] })).toEqual({
      key: ['Missing value'],
      __type: 'Validation Error',
    })
    expect(sql(t.engine.db, 'SELECT count(*) AS n FROM task_status').get()).toEqual({ n: 0 })
    t.close()
  })

  it('checks each item\'s caller as task_status_update does; an empty list checks nothing, as in CKAN', () => {
    const t = testEngine()
    expect(t.failure('task_status_update_many', t.user('bob'), { data: [archived] })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User bob not authorized to update task_status table',
    })
    expect(t.call('task_status_update_many', t.anonymous, { data: [] })).toEqual({ results: [] })
    t.close()
  })

  it('refuses a missing data or one that is not a list of dicts (CKAN answers 500)', () => {
    const t = testEngine()
    expect(t.failure('task_status_update_many', t.sysadmin, {})).toEqual({ data: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('task_status_update_many', t.sysadmin, { data: ['x'] })).toEqual({
      data: ['Must be a list of dictionaries'],
      __type: 'Validation Error',
    })
    t.close()
  })
})
