import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('job_clear', () => {
  it('reports the queues named as cleared, and no queue when none is named', () => {
    const t = testEngine()
    expect(t.call('job_clear', t.sysadmin, { queues: ['default', 'bulk'] })).toEqual(['default', 'bulk'])
    expect(t.call('job_clear', t.sysadmin)).toEqual([])
    t.close()
  })

  it('leaves Shelfmark\'s own jobs alone', () => {
    const t = testEngine()
    const before = t.call('shelfmark_job_list', t.sysadmin)
    t.call('job_clear', t.sysadmin)
    expect(t.call('shelfmark_job_list', t.sysadmin)).toEqual(before)
    t.close()
  })

  it('checks queues before the caller', () => {
    const t = testEngine()
    expect(t.failure('job_clear', t.anonymous, { queues: { a: 1 } })).toEqual({ queues: ['Not a list'], __type: 'Validation Error' })
    t.close()
  })

  it("refuses anonymous callers and non-sysadmins with CKAN's messages", () => {
    const t = testEngine()
    expect(t.failure('job_clear', t.anonymous)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action job_clear requires an authenticated user',
    })
    expect(t.failure('job_clear', t.user('bob'))).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    t.close()
  })
})
