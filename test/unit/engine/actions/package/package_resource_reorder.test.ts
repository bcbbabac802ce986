import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, minimal, type Catalog } from './catalog.ts'

describe('package_resource_reorder', () => {
  let t: Catalog
  let created: any
  let ids: string[]
  beforeEach(() => {
    t = catalog()
    created = minimal(t, 'to-reorder', {
      resources: ['a', 'b', 'c'].map((name) => ({ url: `http://example.org/${name}.csv`, name })),
    })
    ids = created.resources.map((r: any) => r.id)
  })
  afterEach(() => t.close())

  it('puts the listed resources first and returns the full order (047)', () => {
    const result = t.call('package_resource_reorder', t.editor, { id: 'to-reorder', order: [ids[2], ids[0]] })
    expect(result).toEqual({ id: 'to-reorder', order: [ids[2], ids[0], ids[1]] })
    const shown = t.call('package_show', t.anonymous, { id: created.id })
    expect(shown.resources.map((r: any) => [r.name, r.position])).toEqual([['c', 0], ['a', 1], ['b', 2]])
    expect(shown.resources[0].metadata_modified).toBe(created.resources[2].metadata_modified)
    expect(shown.metadata_modified > created.metadata_modified).toBe(true)
  })

  it('reports bad orders with CKAN messages', () => {
    expect(t.failure('package_resource_reorder', t.sysadmin, { id: created.id })).toEqual({ __type: 'Validation Error', order: ['Missing value'] })
    expect(t.failure('package_resource_reorder', t.sysadmin, { id: created.id, order: 'x' })).toEqual({
      __type: 'Validation Error',
      order: 'Must be a list of resource',
    })
    expect(t.failure('package_resource_reorder', t.sysadmin, { id: created.id, order: [ids[0], ids[0]] })).toEqual({
      __type: 'Validation Error',
      order: 'Must supply unique resource_ids',
    })
    expect(t.failure('package_resource_reorder', t.sysadmin, { id: created.id, order: ['nope'] })).toEqual({
      __type: 'Validation Error',
      order: 'resource_id nope can not be found',
    })
  })

  it('needs update rights', () => {
    expect(t.failure('package_resource_reorder', t.anonymous, { id: created.id, order: [ids[1]] }).message).toBe(
      'Access denied: Action package_resource_reorder requires an authenticated user',
    )
    expect(t.failure('package_resource_reorder', t.member, { id: created.id, order: [ids[1]] }).message).toBe(
      `Access denied: User member-user-ac8697 not authorized to edit package ${created.id}`,
    )
  })
})
