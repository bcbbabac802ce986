import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { archived } from './task-status-fixtures.ts'

describe('task_status_delete', () => {
  it('deletes the task status and returns null', () => {
    const t = testEngine()
    const stored = t.call('task_status_update', t.sysadmin, archived)
    expect(t.call('task_status_delete', t.sysadmin, { id: stored.id })).toBeNull()
    expect(t.failure('task_status_show', t.anonymous, { id: stored.id })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.close()
  })

  it('asks for an id, and answers 404 for an unknown one before checking the caller', () => {
    const t = testEngine()
    expect(t.failure('task_status_delete', t.sysadmin, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('task_status_delete', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.close()
  })

  it("refuses anonymous callers and non-sysadmins with CKAN's messages", () => {
    const t = testEngine()
    const stored = t.call('task_status_update', t.sysadmin, archived)
    expect(t.failure('task_status_delete', t.anonymous, { id: stored.id })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action task_status_delete requires an authenticated user',
    })
    expect(t.failure('task_status_delete', t.user('bob'), { id: stored.id })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User bob not authorized to delete task_status',
    })
    expect(t.call('task_status_show', t.anonymous, { id: stored.id })).toEqual(stored)
    t.close()
  })
})
