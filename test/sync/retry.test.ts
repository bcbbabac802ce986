import { describe, expect, it } from 'vitest'
import {
  backoffMs,
  defaultRetryPolicy,
  errorCode,
  isNetworkError,
  isRetryableStatus,
  parseRetryAfter,
} from '../../electron/sync/retry.ts'

describe('retry policy', () => {
  it('grows exponentially, stays within [step/2, step] and is capped', () => {
    const policy = { ...defaultRetryPolicy, baseMs: 100, capMs: 1000 }
    expect(backoffMs(0, policy, () => 0)).toBe(50)
    expect(backoffMs(0, policy, () => 1)).toBe(100)
    expect(backoffMs(3, policy, () => 0)).toBe(400)
    expect(backoffMs(20, policy, () => 1)).toBe(1000)
    expect(backoffMs(20, policy, () => 0)).toBe(500)
  })

  it('jitters: two random draws give different waits', () => {
    const waits = new Set(Array.from({ length: 20 }, () => backoffMs(4, defaultRetryPolicy)))
    expect(waits.size).toBeGreaterThan(1)
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    const now = Date.parse('2025-01-01T00:00:00Z')
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(undefined)).toBeUndefined()
  })

  it('retries 429 and 5xx but not 4xx or 501', () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true)
    expect([400, 403, 404, 409, 501].some(isRetryableStatus)).toBe(false)
  })

  it('recognises network errors through cause chains', () => {
    const wrapped = Object.assign(new Error('fetch failed'), { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) })
    expect(errorCode(wrapped)).toBe('ECONNRESET')
    expect(isNetworkError(wrapped)).toBe(true)
    expect(isNetworkError(new Error('plain'))).toBe(false)
  })
})
