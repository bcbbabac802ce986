import { describe, expect, it, vi } from 'vitest'
import { ckanNow, newOrderedId, newResourceId } from '../../../electron/engine/time.ts'
import { isodate } from '../../../electron/engine/packages/isodate.ts'
import { testEngine } from '../../helpers/test-engine.ts'

const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('newResourceId', () => {
  it('gives version 4 UUIDs whose random first digits tell resources apart and whose last 12 digits are the time', () => {
    const before = Date.now()
    const ids = Array.from({ length: 2000 }, () => newResourceId())
    const after = Date.now()
    for (const id of ids) {
      expect(id).toMatch(uuid4)
      const ms = parseInt(id.slice(24), 16)
      expect(ms).toBeGreaterThanOrEqual(before)
      expect(ms).toBeLessThanOrEqual(after)
    }
    expect(new Set(ids).size).toBe(ids.length)
    // package_revise's short prefixes (8 random digits) single out a resource among thousands: two of 2,000
    // share one about once in 2,000 runs (a CI run hit it), three practically never.
    expect(new Set(ids.map((id) => id.slice(0, 8))).size).toBeGreaterThanOrEqual(ids.length - 1)
    // The index key (last 12 digits) never goes back in time.
    const keys = ids.map((id) => id.slice(24))
    expect([...keys].sort()).toEqual(keys)
  })
})

describe('newOrderedId', () => {
  it('gives version 7 UUIDs that begin with the time in ms, so they sort in the order they were made', async () => {
    const first = newOrderedId()
    await new Promise((resolve) => setTimeout(resolve, 5))
    const ids = [first, ...Array.from({ length: 1000 }, () => newOrderedId())]
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(new Set(ids).size).toBe(ids.length)
    const times = ids.map((id) => parseInt(id.slice(0, 8) + id.slice(9, 13), 16))
    expect([...times].sort((a, b) => a - b)).toEqual(times)
    expect(times[1]).toBeGreaterThan(times[0])
    expect(Math.abs(times[0] - Date.now())).toBeLessThan(5000)
  })

  it('is what a created dataset and its activity get', () => {
    const t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const created = t.call('package_create', t.sysadmin, { name: 'ordered', owner_org: 'org' })
    expect(created.id[14]).toBe('7')
    const [activity] = t.call('package_activity_list', t.sysadmin, { id: created.id })
    expect(activity.id[14]).toBe('7')
    t.close()
  })
})

describe('ckanNow', () => {
  it('writes microseconds as Python does, a zero fraction left out, always increasing', () => {
    // A future second, later than any time this file used; ckanNow stays there after it, so this test comes last.
    const second = Date.UTC(2030, 0, 2, 3, 4, 5)
    const clock = vi.spyOn(Date, 'now').mockReturnValue(second)
    try {
      const stamps = [ckanNow(), ckanNow(), ckanNow()]
      expect(stamps).toEqual(['2030-01-02T03:04:05', '2030-01-02T03:04:05.000001', '2030-01-02T03:04:05.000002'])
      clock.mockReturnValue(second + 7)
      stamps.push(ckanNow())
      expect(stamps[3]).toBe('2030-01-02T03:04:05.007000')
      expect([...stamps].sort()).toEqual(stamps)
      // What a client sends back keeps its form through the resource date validator.
      for (const stamp of stamps) expect(isodate(stamp)).toBe(stamp)
    } finally {
      clock.mockRestore()
    }
  })
})
