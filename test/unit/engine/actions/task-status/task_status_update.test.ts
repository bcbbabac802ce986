import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { archived } from './task-status-fixtures.ts'

describe('task_status_update', () => {
  it('creates a task status and returns it with CKAN\'s columns, last_updated set to now', () => {
    const t = testEngine()
    const result = t.call('task_status_update', t.sysadmin, archived)
    expect(Object.keys(result)).toEqual(['id', 'entity_id', 'entity_type', 'task_type', 'key', 'value', 'state', 'error', 'last_updated'])
    expect(result).toMatchObject({ ...archived, state: null, error: null })
    expect(result.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(result.last_updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/)
    t.close()
  })

  it('changes the task status with the same entity, task type and key, keeping fields not sent', () => {
    const t = testEngine()
    const first = t.call('task_status_update', t.sysadmin, { ...archived, last_updated: '2024-05-01T10:00:00' })
    const { value: _value, ...withoutValue } = archived
    const second = t.call('task_status_update', t.sysadmin, { ...withoutValue, state: 'done', error: 'none' })
    expect(second).toEqual({ ...first, state: 'done', error: 'none' })
    expect(second.last_updated).toBe('2024-05-01T10:00:00')
    t.close()
  })

  it('changes the one named by id, even its entity', () => {
    const t = testEngine()
    const first = t.call('task_status_update', t.sysadmin, archived)
    const moved = t.call('task_status_update', t.sysadmin, { ...archived, id: first.id, entity_id: 'dataset-2', value: 'moved' })
    expect(moved).toMatchObject({ id: first.id, entity_id: 'dataset-2', value: 'moved' })
    expect(t.call('task_status_show', t.anonymous, { id: first.id }).entity_id).toBe('dataset-2')
    t.close()
  })

  it('stores a number or boolean value as its text', () => {
    const t = testEngine()
    expect(t.call('task_status_update', t.sysadmin, { ...archived, value: 3 }).value).toBe('3')
    expect(t.call('task_status_update', t.sysadmin, { ...archived, value: true }).value).toBe('true')
    t.close()
  })

  it('reports the required fields, in the schema\'s order', () => {
    const t = testEngine()
    expect(t.failure('task_status_update', t.sysadmin, { entity_type: '' })).toEqual({
      entity_id: ['Missing value'],
      entity_type: ['Missing value'],
      task_type: ['Missing value'],
      key: ['Missing value'],
      __type: 'Validation Error',
    })
    t.close()
  })

  it('refuses a new task status without a value, and a last_updated that is no date', () => {
    const t = testEngine()
    const { value: _value, ...withoutValue } = archived
    expect(t.failure('task_status_update', t.sysadmin, withoutValue)).toEqual({ value: ['Missing value'], __type: 'Validation Error' })
    // A null value counts as none (CKAN's ignore_missing drops it): refused when new, the stored one kept on a change.
    expect(t.failure('task_status_update', t.sysadmin, { ...archived, value: null })).toEqual({ value: ['Missing value'], __type: 'Validation Error' })
    const stored = t.call('task_status_update', t.sysadmin, archived)
    expect(t.call('task_status_update', t.sysadmin, { ...archived, value: null, state: 'done' })).toEqual({ ...stored, state: 'done' })
    expect(t.failure('task_status_update', t.sysadmin, { ...archived, last_updated: 'yesterday' })).toEqual({
      last_updated: ['Date format incorrect'],
      __type: 'Validation Error',
    })
    t.close()
  })

  it('answers 404 for an unknown id before checking the caller', () => {
    const t = testEngine()
    const notFound = { __type: 'Not Found Error', message: 'Not found: TaskStatus was not found.' }
    expect(t.failure('task_status_update', t.sysadmin, { ...archived, id: 'nope' })).toEqual(notFound)
    expect(t.failure('task_status_update', t.user('bob'), { id: 'nope' })).toEqual(notFound)
    t.close()
  })

  it("refuses anonymous callers and non-sysadmins with CKAN's messages", () => {
    const t = testEngine()
    expect(t.failure('task_status_update', t.anonymous, archived)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action task_status_update requires an authenticated user',
    })
    expect(t.failure('task_status_update', t.user('bob'), archived)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User bob not authorized to update task_status table',
    })
    t.close()
  })
})
