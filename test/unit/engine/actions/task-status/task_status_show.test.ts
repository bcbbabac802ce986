import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { archived } from './task-status-fixtures.ts'

describe('task_status_show', () => {
  it('shows a task status by id or by entity, task type and key, to anyone', () => {
    const t = testEngine()
    const stored = t.call('task_status_update', t.sysadmin, archived)
    expect(t.call('task_status_show', t.anonymous, { id: stored.id })).toEqual(stored)
    expect(t.call('task_status_show', t.user('bob'), { entity_id: 'dataset-1', task_type: 'archiver', key: 'status' })).toEqual(stored)
    t.close()
  })

  it('asks for entity_id, task_type and key one at a time when there is no id', () => {
    const t = testEngine()
    expect(t.failure('task_status_show', t.anonymous, {})).toEqual({ entity_id: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('task_status_show', t.anonymous, { entity_id: 'x' })).toEqual({ task_type: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('task_status_show', t.anonymous, { entity_id: 'x', task_type: 'y' })).toEqual({ key: ['Missing value'], __type: 'Validation Error' })
    t.close()
  })

  it('answers a bare 404 for a task status that does not exist', () => {
    const t = testEngine()
    const notFound = { __type: 'Not Found Error', message: 'Not found' }
    expect(t.failure('task_status_show', t.anonymous, { id: 'nope' })).toEqual(notFound)
    expect(t.failure('task_status_show', t.anonymous, { entity_id: 'x', task_type: 'y', key: 'z' })).toEqual(notFound)
    t.close()
  })
})
