import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('job_show', () => {
  it('answers a bare 404 for any id: there are no CKAN jobs', () => {
    const t = testEngine()
    expect(t.failure('job_show', t.sysadmin, { id: 'a3f0c0de' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.close()
  })

  it('asks for an id', () => {
    const t = testEngine()
    expect(t.failure('job_show', t.sysadmin, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    t.close()
  })

  it('refuses anyone but a sysadmin before looking at the id', () => {
    const t = testEngine()
    const denied = { __type: 'Authorization Error', message: 'Access denied' }
    expect(t.failure('job_show', t.user('bob'), {})).toEqual(denied)
    expect(t.failure('job_show', t.anonymous, { id: 'x' })).toEqual(denied)
    t.close()
  })
})
