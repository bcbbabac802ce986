import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { catalog, minimal, type Catalog } from '../package/catalog.ts'

describe('resource_delete', () => {
  let t: Catalog
  let created: any
  beforeEach(() => {
    t = catalog()
    created = minimal(t, 'deleting', {
      resources: ['a', 'b'].map((name) => ({ url: `http://example.org/${name}.csv`, name })),
    })
  })
  afterEach(() => t.close())

  it('removes the resource from its dataset and returns null (057, 058)', () => {
    const [a, b] = created.resources
    expect(t.call('resource_delete', t.editor, { id: a.id })).toBeNull()
    const shown = t.call('package_show', t.anonymous, { id: created.id })
    expect(shown.resources.map((r: any) => [r.id, r.position])).toEqual([[b.id, 0]])
    expect(shown.num_resources).toBe(1)
    const row = sql(t.engine.db, 'SELECT state, data FROM resources WHERE id = ?').get(a.id) as any
    expect(row.state).toBe('deleted')
    expect(JSON.parse(row.data).name).toBe('a')
  })

  it('answers CKAN errors', () => {
    expect(t.failure('resource_delete', t.sysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    expect(t.failure('resource_delete', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    const id = created.resources[0].id
    expect(t.failure('resource_delete', t.anonymous, { id }).message).toBe(
      'Access denied: Action resource_delete requires an authenticated user',
    )
    expect(t.failure('resource_delete', t.member, { id }).message).toBe(
      `Access denied: User member-user-ac8697 not authorized to delete resource ${id}`,
    )
  })
})
