/**
 * ckan/tests/lib/navl/test_dictization_functions.py (CKAN 2.10), restated
 * against the dict operations behind package_revise: TestCheckDict,
 * TestResolveStringKey, TestCheckStringKey, TestFilterGlobMatch,
 * TestMergeDict and TestMergeStringKey.
 */
import { describe, expect, it } from 'vitest'
import {
  checkDict,
  checkStringKey,
  filterGlobMatch,
  resolveStringKey,
  updateMergeDict,
  updateMergeStringKey,
} from '../../../../electron/engine/packages/revise-dict.ts'

const ad = () => ({ a: [{ b: 'c' }] as unknown[], d: 'e' })
const errorOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  return undefined
}

describe('TestCheckDict', () => {
  it('test_exact, test_child, test_parent', () => {
    expect(checkDict(ad(), ad())).toEqual([])
    expect(checkDict(ad(), { a: [{ b: 'c' }] })).toEqual([])
    expect(checkDict(ad(), { d: 'e' })).toEqual([])
  })
  it('test_all_wrong: sorted keys, nested paths', () => {
    expect(checkDict(ad(), { q: [{ b: 'c' }], a: [{ z: 'x' }], r: 'e' })).toEqual([['a', 0, 'z'], ['q'], ['r']])
  })
  it('test_list_expected, test_dict_expected', () => {
    expect(checkDict({ a: [{ b: [] }], d: 'e' }, { a: [{ b: {} }] })).toEqual([['a', 0, 'b']])
    expect(checkDict({ a: [{ b: [] }], d: 'e' }, { a: [['b']] })).toEqual([['a', 0]])
  })
})

describe('TestResolveStringKey', () => {
  it('test_dict_value, test_list_value', () => {
    expect(resolveStringKey(ad(), 'a__0__b')).toEqual({ value: 'c', path: ['a', 0, 'b'] })
    expect(resolveStringKey(ad(), 'a__0')).toEqual({ value: { b: 'c' }, path: ['a', 0] })
  })
  it('test_bad_dict_value, test_bad_list_value', () => {
    expect(errorOf(() => resolveStringKey(ad(), 'a__0__c'))).toBe('Unmatched key a__0__c')
    expect(errorOf(() => resolveStringKey(ad(), 'a__1__c'))).toBe('Unmatched key a__1')
  })
  it('test_partial_id_key, test_invalid_partial_id_key', () => {
    const data = { a: [{ id: 'deadbeef', d: 'e' }] }
    expect(resolveStringKey(data, 'a__deadb__d')).toEqual({ value: 'e', path: ['a', 0, 'd'] })
    expect(errorOf(() => resolveStringKey(data, 'a__dead__d'))).toBe('Unmatched key a__dead')
  })
})

describe('TestCheckStringKey', () => {
  it('test_list_child, test_string_child', () => {
    expect(checkStringKey(ad(), 'a', [{ b: 'c' }])).toEqual([])
    expect(checkStringKey(ad(), 'd', 'e')).toEqual([])
  })
  it('test_all_wrong', () => {
    expect(checkStringKey({ t: ad() }, 't', { q: [{ b: 'c' }], a: [{ z: 'x' }], r: 'e' })).toEqual([
      ['t', 'a', 0, 'z'],
      ['t', 'q'],
      ['t', 'r'],
    ])
  })
  it('test_child, test_list_expected, test_dict_expected', () => {
    expect(checkStringKey(ad(), 'a__0__b', 'z')).toEqual([['a', 0, 'b']])
    expect(checkStringKey({ a: [{ b: [] }], d: 'e' }, 'a__0__b', {})).toEqual([['a', 0, 'b']])
    expect(checkStringKey({ a: [{ b: [] }], d: 'e' }, 'a__0', ['b'])).toEqual([['a', 0]])
  })
})

describe('TestFilterGlobMatch', () => {
  const qr = () => ({ q: [{ b: 'c' }, { z: 'x' }] as unknown[], r: 'e' })
  it('test_remove_leaves', () => {
    const data = qr()
    filterGlobMatch(data, ['q__0__b', 'q__1__z', 'r'])
    expect(data).toEqual({ q: [{}, {}] })
  })
  it('test_remove_list_item', () => {
    const data = qr()
    filterGlobMatch(data, ['q__0'])
    expect(data).toEqual({ q: [{ z: 'x' }], r: 'e' })
  })
  it('test_protect_list_item', () => {
    const data = qr()
    filterGlobMatch(data, ['+q__1', 'q__*'])
    expect(data).toEqual({ q: [{ z: 'x' }], r: 'e' })
  })
  it('test_protect_dict_key', () => {
    const data = qr()
    filterGlobMatch(data, ['+q', '*'])
    expect(data).toEqual({ q: [{ b: 'c' }, { z: 'x' }] })
  })
  it('test_del_protect_del_dict', () => {
    const data = { q: 'b', c: 'z', r: 'e' }
    filterGlobMatch(data, ['q', '+*', 'r'])
    expect(data).toEqual({ c: 'z', r: 'e' })
  })
  it('test_del_protect_del_list', () => {
    const data = [{ id: 'hello' }, { id: 'world' }, { id: 'people' }]
    filterGlobMatch(data, ['world', '+*', 'hello'])
    expect(data).toEqual([{ id: 'hello' }, { id: 'people' }])
  })
})

describe('TestMergeDict', () => {
  it('test_deep', () => {
    const data: Record<string, unknown> = ad()
    updateMergeDict(data, { q: [{ b: 'c' }], a: [{ z: 'x' }], r: 'e' })
    expect(data).toEqual({ q: [{ b: 'c' }], a: [{ b: 'c', z: 'x' }], r: 'e', d: 'e' })
  })
  it('test_replace_child, test_replace_parent', () => {
    const child: Record<string, unknown> = ad()
    updateMergeDict(child, { a: [{ b: 'z' }] })
    expect(child).toEqual({ a: [{ b: 'z' }], d: 'e' })
    const parent: Record<string, unknown> = ad()
    updateMergeDict(parent, { d: 'd' })
    expect(parent).toEqual({ a: [{ b: 'c' }], d: 'd' })
  })
  it('test_simple_list', () => {
    const data = { a: ['q', 'w', 'e', 'r', 't'] }
    updateMergeDict(data, { a: ['z', 'x', 'c'] })
    expect(data).toEqual({ a: ['z', 'x', 'c', 'r', 't'] })
  })
  it('test_list_expected, test_dict_expected', () => {
    expect(errorOf(() => updateMergeDict({ a: [{ b: [] }], d: 'e' }, { a: [{ b: {} }] }))).toBe('Expected list for a__0__b')
    expect(errorOf(() => updateMergeDict({ a: [{ b: [] }], d: 'e' }, { a: [['b']] }))).toBe('Expected dict for a__0')
  })
})

describe('TestMergeStringKey', () => {
  it('test_replace_child, test_replace_parent, test_simple_list', () => {
    const child: Record<string, unknown> = ad()
    updateMergeStringKey(child, 'a__0__b', 'z')
    expect(child).toEqual({ a: [{ b: 'z' }], d: 'e' })
    const parent: Record<string, unknown> = ad()
    updateMergeStringKey(parent, 'd', 'd')
    expect(parent).toEqual({ a: [{ b: 'c' }], d: 'd' })
    const list = { a: ['q', 'w', 'e', 'r', 't'] }
    updateMergeStringKey(list, 'a__0', 'z')
    expect(list).toEqual({ a: ['z', 'w', 'e', 'r', 't'] })
  })
  it('test_list_expected, test_dict_expected', () => {
    expect(errorOf(() => updateMergeStringKey({ a: [{ b: [] }], d: 'e' }, 'a__0__b', {}))).toBe('Expected list for a__0__b')
    expect(errorOf(() => updateMergeStringKey({ a: [{ b: [] }], d: 'e' }, 'a__0', ['b']))).toBe('Expected dict for a__0')
  })
})
