import { describe, expect, it } from 'vitest'
import { diffDatasets, isEqual, showValue } from '../../../../renderer/lib/diff.ts'

const base = {
  name: 'rivers',
  title: 'Rivers',
  notes: null,
  metadata_modified: '2024-01-01T00:00:00',
  tags: [{ name: 'water' }],
  extras: [{ key: 'a', value: '1' }],
  organization: { name: 'city', title: 'City' },
  resources: [
    { id: 'r1', name: 'One', format: 'CSV', position: 0 },
    { id: 'r2', name: 'Two', format: 'JSON', position: 1 },
  ],
}

describe('diffDatasets', () => {
  it('lists changed fields, ignoring server-managed ones and empty-vs-null', () => {
    const after = { ...base, title: 'Rivers of Europe', notes: '', metadata_modified: '2024-02-02T00:00:00' }
    expect(diffDatasets(base, after)).toEqual([{ path: 'title', before: 'Rivers', after: 'Rivers of Europe' }])
  })

  it('compares tags and groups by name, extras by key, the organization by name', () => {
    const after = { ...base, tags: [{ name: 'water' }, { name: 'rivers' }], extras: [{ key: 'a', value: '2' }], organization: { name: 'region' } }
    expect(diffDatasets(base, after).map((c) => c.path)).toEqual(['extras[a]', 'organization', 'tags'])
  })

  it('names the extra that changed, and shows a tag leaving its vocabulary', () => {
    const before = { ...base, tags: [{ name: 'water', vocabulary_id: 'v1' }], extras: [{ key: 'a', value: '1' }, { key: 'b', value: ['x'] }] }
    const after = { ...base, tags: [{ name: 'water', vocabulary_id: null }], extras: [{ key: 'a', value: '1' }, { key: 'b', value: '["x"]' }] }
    expect(diffDatasets(before, after)).toEqual([
      { path: 'extras[b]', before: ['x'], after: '["x"]' },
      { path: 'tags', before: ['water (vocabulary)'], after: ['water'] },
    ])
  })

  it('names resource changes by resource, and reports added, removed and reordered resources', () => {
    const after = {
      ...base,
      resources: [
        { id: 'r2', name: 'Two', format: 'GeoJSON', position: 0 },
        { id: 'r1', name: 'One', format: 'CSV', position: 1 },
        { id: 'r3', name: 'Three', format: 'CSV', position: 2 },
      ],
    }
    const paths = diffDatasets(base, after).map((c) => c.path)
    expect(paths).toContain('resources[Two].format')
    expect(paths).toContain('resources[Three]')
    expect(paths).toContain('resources (order)')
    expect(diffDatasets(base, after).find((c) => c.path === 'resources (order)')).toMatchObject({ before: ['One', 'Two'], after: ['Two', 'One'] })
    const removed = diffDatasets(base, { ...base, resources: [base.resources[0]] })
    expect(removed).toContainEqual({ path: 'resources[Two]', before: 'Two', after: undefined })
  })
})

describe('isEqual and showValue', () => {
  it('ignores key order', () => {
    expect(isEqual({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true)
  })
  it('prints empty values as a dash and shortens long text', () => {
    expect(showValue(null)).toBe('—')
    expect(showValue('x'.repeat(200))).toHaveLength(120)
  })
  it('keeps the end of a long value, where two versions of a URL differ', () => {
    const url = (file: string) => `http://127.0.0.1:5000/dataset/${'d'.repeat(36)}/resource/${'r'.repeat(36)}/download/${file}`
    expect(showValue(url('old-name.csv'))).toMatch(/….*old-name\.csv$/)
    expect(showValue(url('old-name.csv'))).not.toBe(showValue(url('new-name.csv')))
  })
})
