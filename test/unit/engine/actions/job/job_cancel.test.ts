import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('job_cancel', () => {
  it('answers a bare 404 for any id: there are no CKAN jobs', () => {
    const t = testEngine()
    expect(t.failure('job_cancel', t.sysadmin, { id: 'a3f0c0de' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.close()
  })

  it('asks for an id', () => {
    const t = testEngine()
    expect(t.failure('job_cancel', t.sysadmin, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    t.close()
  })

  it("refuses anonymous callers and non-sysadmins with CKAN's messages", () => {
    const t = testEngine()
    expect(t.failure('job_cancel', t.anonymous, { id: 'x' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action job_cancel requires an authenticated user',
    })
    expect(t.failure('job_cancel', t.user('bob'), { id: 'x' })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    t.close()
  })
})
