import { describe, expect, it } from 'vitest'
import { decodeActivityData, encodeActivityData } from '../../../../electron/engine/activity/record.ts'

/** A dataset-sized dict: what a dataset activity carries. */
const dataset = {
  package: {
    id: 'b3f6c7c8-5a1e-4c3e-9e5b-2f0d1c0a9e71',
    name: 'river-levels',
    notes: 'Daily river levels at 120 gauging stations. '.repeat(40),
    resources: Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, url: `https://example.org/${i}.csv`, format: 'CSV', mimetype: null })),
  },
  actor: 'curator',
}

describe('activity data as stored', () => {
  it('keeps small data as plain JSON text', () => {
    const small = { group: { name: 'org' }, actor: 'curator' }
    expect(encodeActivityData(small)).toBe(JSON.stringify(small))
    expect(decodeActivityData(JSON.stringify(small))).toEqual(small)
  })

  it('compresses a dataset dict and reads it back whole', () => {
    const stored = encodeActivityData(dataset) as Buffer
    expect(Buffer.isBuffer(stored)).toBe(true)
    expect(stored.length).toBeLessThan(JSON.stringify(dataset).length / 3)
    expect(decodeActivityData(stored)).toEqual(dataset)
  })
})
