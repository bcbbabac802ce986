import { describe, expect, it } from 'vitest'
import {
  checkDict,
  checkStringKey,
  filterGlobMatch,
  ReviseError,
  resolveStringKey,
  updateMergeDict,
  updateMergeStringKey,
} from '../../../../electron/engine/packages/revise-dict.ts'

const dataset = () => ({
  id: 'pkg',
  name: 'rivers',
  notes: 'n',
  resources: [
    { id: 'aaaaa111', name: 'a' },
    { id: 'bbbbb222', name: 'b' },
  ],
})

describe('checkDict', () => {
  it('lists the paths that differ, comparing lists element by element; an element the dataset lacks differs', () => {
    expect(checkDict(dataset(), { name: 'rivers', notes: 'x', resources: [{ name: 'a' }, { name: 'z' }, { name: 'extra' }] })).toEqual([
      ['notes'],
      ['resources', 1, 'name'],
      ['resources', 2],
    ])
    expect(checkDict(dataset(), { resources: [{}, {}, {}] })).toEqual([['resources', 2]])
    expect(checkDict(dataset(), { missing: 1 })).toEqual([['missing']])
  })
})

describe('resolveStringKey', () => {
  it('walks dicts, indexes (negative too) and id prefixes of 5 or more characters', () => {
    expect(resolveStringKey(dataset(), 'resources__-1__name')).toEqual({ value: 'b', path: ['resources', 1, 'name'] })
    expect(resolveStringKey(dataset(), 'resources__bbbbb__name').value).toBe('b')
    expect(() => resolveStringKey(dataset(), 'resources__5')).toThrow(new ReviseError('Unmatched key resources__5'))
    expect(() => resolveStringKey(dataset(), 'nope__x')).toThrow('Unmatched key nope')
  })

  it('checks match__ keys against the value found', () => {
    expect(checkStringKey(dataset(), 'resources__0', { name: 'a' })).toEqual([])
    expect(checkStringKey(dataset(), 'name', 'other')).toEqual([['name']])
  })
})

describe('filterGlobMatch', () => {
  it('removes matches, protects + patterns, first match decides', () => {
    const data = dataset()
    filterGlobMatch(data, ['+resources', '-*'])
    expect(data).toEqual({ resources: dataset().resources })
    const other = dataset()
    filterGlobMatch(other, ['-resources__0', 'notes'])
    expect(other).toEqual({ id: 'pkg', name: 'rivers', resources: [{ id: 'bbbbb222', name: 'b' }] })
    const nested = dataset()
    filterGlobMatch(nested, ['-resources__*__name'])
    expect(nested.resources).toEqual([{ id: 'aaaaa111' }, { id: 'bbbbb222' }])
  })
})

describe('updateMergeDict and updateMergeStringKey', () => {
  it('merges dicts deeply, lists by index, appends the surplus', () => {
    const data = dataset()
    updateMergeDict(data, { notes: 'new', resources: [{ name: 'A' }, {}, { name: 'c' }] })
    expect(data.notes).toBe('new')
    expect(data.resources.map((r: any) => r.name)).toEqual(['A', 'b', 'c'])
    expect(() => updateMergeDict(dataset(), { resources: {} })).toThrow('Expected list for resources')
  })

  it('applies flattened keys, __extend included', () => {
    const data = dataset() as any
    updateMergeStringKey(data, 'resources__extend', [{ name: 'c' }])
    updateMergeStringKey(data, 'resources__-1__description', 'last')
    updateMergeStringKey(data, 'resources__aaaaa', { description: 'first' })
    updateMergeStringKey(data, 'title', 'T')
    expect(data.title).toBe('T')
    expect(data.resources.map((r: any) => r.description)).toEqual(['first', undefined, 'last'])
    // As CKAN: a string has neither keys nor elements; a list extends only with a list; element keys name themselves.
    expect(() => updateMergeStringKey(data, 'name__extend', [1])).toThrow('Expected list or dict for name')
    expect(() => updateMergeStringKey(data, 'resources__extend', 'x')).toThrow('Expected list for resources')
    expect(() => updateMergeStringKey(data, 'resources__9', {})).toThrow('Unmatched key 9')
  })
})
