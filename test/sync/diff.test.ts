import { describe, expect, it } from 'vitest'
import { changedKeys, diffDicts } from '../../electron/sync/diff.ts'
import { editableView } from '../../electron/sync/normalize.ts'

describe('diffDicts', () => {
  const before = {
    title: 'A',
    resources: [
      { id: 'r1', name: 'one', url: 'u1' },
      { id: 'r2', name: 'two', url: 'u2' },
    ],
    tags: [{ name: 'x' }],
    extras: [{ key: 'k', value: 'v' }],
  }

  it('lists changed, added and removed fields by path', () => {
    const after = {
      title: 'B',
      notes: 'new',
      resources: [{ id: 'r1', name: 'uno', url: 'u1' }, { id: 'r3', name: 'three' }],
      tags: [{ name: 'y' }],
      extras: [{ key: 'k', value: 'w' }],
    }
    expect(diffDicts(before, after)).toEqual([
      { path: 'title', before: 'A', after: 'B' },
      { path: 'resources[r1].name', before: 'one', after: 'uno' },
      { path: 'resources[r2]', before: before.resources[1], after: undefined },
      { path: 'resources[r3]', before: undefined, after: { id: 'r3', name: 'three' } },
      { path: 'tags[x]', before: { name: 'x' }, after: undefined },
      { path: 'tags[y]', before: undefined, after: { name: 'y' } },
      { path: 'extras[k].value', before: 'v', after: 'w' },
      { path: 'notes', before: undefined, after: 'new' },
    ])
  })

  it('reports a resource reorder', () => {
    const after = { ...before, resources: [before.resources[1], before.resources[0]] }
    expect(diffDicts(before, after)).toEqual([{ path: 'resources.order', before: ['r1', 'r2'], after: ['r2', 'r1'] }])
  })

  it('finds no change between a remote dict and its local copy once server fields are set aside', () => {
    const remote = { id: 'i', name: 'n', metadata_modified: '1', organization: { name: 'o' }, resources: [{ id: 'r', url_type: 'upload', url: 'https://remote/dataset/i/resource/r/download/data.csv', position: 0 }] }
    const local = { id: 'i', name: 'n', metadata_modified: '2', organization: null, resources: [{ id: 'r', url_type: 'upload', url: 'data.csv', position: 0 }] }
    expect(diffDicts(editableView(remote), editableView(local))).toEqual([])
  })

  it('names top-level keys that changed', () => {
    expect(changedKeys({ a: 1, b: [1], c: null }, { a: 1, b: [2], d: 3 })).toEqual(['b', 'd'])
  })
})
