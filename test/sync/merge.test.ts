import { describe, expect, it } from 'vitest'
import { mergeThreeWay } from '../../electron/sync/merge.ts'
import { editableView } from '../../electron/sync/normalize.ts'

const base = {
  name: 'rivers',
  title: 'Rivers',
  notes: 'Flow data',
  tags: [{ name: 'water' }],
  extras: [{ key: 'spatial', value: 'UK' }],
  resources: [
    { id: 'r1', name: 'CSV', url: 'http://x/a.csv', format: 'CSV' },
    { id: 'r2', name: 'Map', url: 'http://x/b.json', format: 'JSON' },
  ],
  title_translated: { en: 'Rivers', fr: 'Rivières' },
}
const clone = () => structuredClone(base) as any

describe('mergeThreeWay', () => {
  it('takes a field only the remote changed and one only the local side changed', () => {
    const local = clone()
    local.title = 'Rivers of England'
    const remote = clone()
    remote.notes = 'Daily flow data'
    const { merged, conflicts } = mergeThreeWay(base, local, remote)
    expect(conflicts).toEqual([])
    expect(merged.title).toBe('Rivers of England')
    expect(merged.notes).toBe('Daily flow data')
  })

  it('reports the same field changed differently as a conflict and keeps the local value', () => {
    const local = clone()
    local.title = 'Local title'
    const remote = clone()
    remote.title = 'Remote title'
    const { merged, conflicts } = mergeThreeWay(base, local, remote)
    expect(conflicts).toEqual([{ path: 'title', base: 'Rivers', local: 'Local title', remote: 'Remote title' }])
    expect(merged.title).toBe('Local title')
  })

  it('does not report a change both sides made identically', () => {
    const local = clone()
    const remote = clone()
    local.notes = remote.notes = 'Same edit'
    expect(mergeThreeWay(base, local, remote).conflicts).toEqual([])
  })

  it('settles conflicts by decision: local, remote, or an edited value', () => {
    const local = clone()
    local.title = 'L'
    local.notes = 'Ln'
    local.version = 'Lv'
    const remote = clone()
    remote.title = 'R'
    remote.notes = 'Rn'
    remote.version = 'Rv'
    const { merged, conflicts } = mergeThreeWay(base, local, remote, (c) =>
      c.path === 'title' ? 'remote' : c.path === 'notes' ? 'local' : { value: 'edited' },
    )
    expect(conflicts).toEqual([])
    expect([merged.title, merged.notes, merged.version]).toEqual(['R', 'Ln', 'edited'])
  })

  it('merges resources by id and field by field', () => {
    const local = clone()
    local.resources[0].name = 'CSV file'
    const remote = clone()
    remote.resources[0].format = 'csv'
    remote.resources[1].name = 'Web map'
    const { merged, conflicts } = mergeThreeWay(base, local, remote)
    expect(conflicts).toEqual([])
    expect(merged.resources).toEqual([
      { id: 'r1', name: 'CSV file', url: 'http://x/a.csv', format: 'csv' },
      { id: 'r2', name: 'Web map', url: 'http://x/b.json', format: 'JSON' },
    ])
  })

  it('keeps resources added on both sides, local additions last', () => {
    const local = clone()
    local.resources.push({ id: 'l1', name: 'Local', url: 'u' })
    const remote = clone()
    remote.resources.push({ id: 'x1', name: 'Remote', url: 'v' })
    const ids = (mergeThreeWay(base, local, remote).merged.resources as any[]).map((r) => r.id)
    expect(ids).toEqual(['r1', 'r2', 'x1', 'l1'])
  })

  it('applies a resource deletion when the other side left it alone', () => {
    const local = clone()
    local.resources.splice(1, 1)
    const remote = clone()
    remote.title = 'Changed remotely'
    const { merged, conflicts } = mergeThreeWay(base, local, remote)
    expect(conflicts).toEqual([])
    expect((merged.resources as any[]).map((r) => r.id)).toEqual(['r1'])
  })

  it('reports a resource deleted on one side and edited on the other', () => {
    const local = clone()
    local.resources.splice(1, 1)
    const remote = clone()
    remote.resources[1].url = 'http://x/c.json'
    const { conflicts, merged } = mergeThreeWay(base, local, remote)
    expect(conflicts.map((c) => c.path)).toEqual(['resources[r2]'])
    expect(conflicts[0].local).toBeUndefined()
    expect((merged.resources as any[]).map((r) => r.id)).toEqual(['r1'])
  })

  it('keeps a local resource reorder when the remote did not reorder', () => {
    const local = clone()
    local.resources.reverse()
    const remote = clone()
    remote.notes = 'x'
    expect((mergeThreeWay(base, local, remote).merged.resources as any[]).map((r) => r.id)).toEqual(['r2', 'r1'])
  })

  it('merges tags as sets: additions from both, a removal from one side', () => {
    const local = clone()
    local.tags.push({ name: 'flood' })
    const remote = clone()
    remote.tags = [{ name: 'hydrology' }]
    const { merged, conflicts } = mergeThreeWay(base, local, remote)
    expect(conflicts).toEqual([])
    expect((merged.tags as any[]).map((t) => t.name).sort()).toEqual(['flood', 'hydrology'])
  })

  it('merges extras by key and reports a value both sides changed', () => {
    const local = clone()
    local.extras = [{ key: 'spatial', value: 'England' }, { key: 'a', value: '1' }]
    const remote = clone()
    remote.extras = [{ key: 'spatial', value: 'Wales' }, { key: 'b', value: '2' }]
    const { merged, conflicts } = mergeThreeWay(base, local, remote)
    expect(conflicts.map((c) => c.path)).toEqual(['extras[spatial].value'])
    expect((merged.extras as any[]).map((e) => e.key).sort()).toEqual(['a', 'b', 'spatial'])
  })

  it('merges multilingual dict fields language by language', () => {
    const local = clone()
    local.title_translated.en = 'Rivers (EN)'
    const remote = clone()
    remote.title_translated.fr = 'Les rivières'
    const { merged, conflicts } = mergeThreeWay(base, local, remote)
    expect(conflicts).toEqual([])
    expect(merged.title_translated).toEqual({ en: 'Rivers (EN)', fr: 'Les rivières' })
  })

  it('treats a custom field removed on one side and unchanged on the other as removed', () => {
    const b = { ...clone(), update_frequency: 'daily' }
    const local = clone()
    const { merged } = mergeThreeWay(b, local, { ...b })
    expect('update_frequency' in merged).toBe(false)
  })

  it('ignores server-managed fields once dicts are reduced to their editable view', () => {
    const remote = editableView({ ...clone(), metadata_modified: '2024-01-01T00:00:00', num_resources: 2 })
    const local = editableView({ ...clone(), metadata_modified: '2025-01-01T00:00:00', num_resources: 2 })
    expect(mergeThreeWay(editableView(base), local, remote).conflicts).toEqual([])
  })
})
