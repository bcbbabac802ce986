import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('job_list', () => {
  it('lists no jobs: Shelfmark runs no CKAN job queues', () => {
    const t = testEngine()
    expect(t.call('job_list', t.sysadmin)).toEqual([])
    expect(t.call('job_list', t.sysadmin, { queues: ['default', 'priority'] })).toEqual([])
    t.close()
  })

  it('checks queues before the caller, as CKAN\'s list_of_strings does', () => {
    const t = testEngine()
    expect(t.failure('job_list', t.anonymous, { queues: 'default' })).toEqual({ queues: ['Not a list'], __type: 'Validation Error' })
    expect(t.failure('job_list', t.sysadmin, { queues: ['a', 5] })).toEqual({ queues: ['Not a string: 5'], __type: 'Validation Error' })
    t.close()
  })

  it('refuses anyone but a sysadmin with a bare Access denied', () => {
    const t = testEngine()
    const denied = { __type: 'Authorization Error', message: 'Access denied' }
    expect(t.failure('job_list', t.user('bob'))).toEqual(denied)
    expect(t.failure('job_list', t.anonymous)).toEqual(denied)
    t.close()
  })
})
