import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('site_read', () => {
  it('is true for anyone', () => {
    const t = testEngine()
    expect(t.call('site_read', t.anonymous)).toBe(true)
    expect(t.call('site_read', t.sysadmin)).toBe(true)
    t.close()
  })
})
