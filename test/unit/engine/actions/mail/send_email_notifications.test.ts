import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('send_email_notifications', () => {
  it('answers a sysadmin as CKAN does with activity email notifications off', () => {
    const t = testEngine()
    expect(t.failure('send_email_notifications', t.sysadmin)).toEqual({
      message: 'ckan.activity_streams_email_notifications is not enabled in config',
      __type: 'Validation Error',
    })
    t.close()
  })

  it("refuses anonymous callers and non-sysadmins with CKAN's messages", () => {
    const t = testEngine()
    expect(t.failure('send_email_notifications', t.anonymous)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action send_email_notifications requires an authenticated user',
    })
    expect(t.failure('send_email_notifications', t.user('bob'))).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    t.close()
  })
})
