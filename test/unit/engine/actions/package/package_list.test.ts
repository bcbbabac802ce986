import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, minimal, type Catalog } from './catalog.ts'

describe('package_list', () => {
  let t: Catalog
  beforeEach(() => {
    t = catalog()
    for (const name of ['charlie', 'alpha', 'bravo', 'delta']) minimal(t, name)
    minimal(t, 'private-one', { private: true })
    minimal(t, 'draft-one', { state: 'draft' })
    t.call('package_delete', t.sysadmin, { id: 'delta' })
  })
  afterEach(() => t.close())

  it('lists active public datasets by name, for everyone (049, 076)', () => {
    expect(t.call('package_list', t.anonymous, {})).toEqual(['alpha', 'bravo', 'charlie'])
    expect(t.call('package_list', t.sysadmin, {})).toEqual(['alpha', 'bravo', 'charlie'])
  })

  it('pages with limit and offset (0 meaning none, strings accepted from GET)', () => {
    expect(t.call('package_list', t.anonymous, { limit: '2' })).toEqual(['alpha', 'bravo'])
    expect(t.call('package_list', t.anonymous, { limit: 2, offset: 2 })).toEqual(['charlie'])
    expect(t.call('package_list', t.anonymous, { limit: 0 })).toHaveLength(3)
  })

  it('reports bad paging values', () => {
    expect(t.failure('package_list', t.anonymous, { limit: 'x', offset: -1 })).toEqual({
      __type: 'Validation Error',
      limit: ['Invalid integer'],
      offset: ['Must be a natural number'],
    })
  })
})
