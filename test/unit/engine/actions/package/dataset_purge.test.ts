import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { catalog, minimal, type Catalog } from './catalog.ts'

describe('dataset_purge', () => {
  let t: Catalog
  let created: any
  beforeEach(() => {
    t = catalog()
    created = minimal(t, 'to-purge', {
      resources: [{ url: 'http://example.org/a.csv' }],
      tags: [{ name: 'gone' }],
      groups: [{ name: 'rec-group-ac8697' }],
    })
  })
  afterEach(() => t.close())

  it('removes the dataset and its rows; package_show then answers 404 even for sysadmins (077, 078)', () => {
    t.call('package_delete', t.sysadmin, { id: created.id })
    expect(t.call('dataset_purge', t.sysadmin, { id: 'to-purge' })).toBeNull()
    expect(t.failure('package_show', t.sysadmin, { id: 'to-purge' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(sql(t.engine.db, 'SELECT count(*) AS n FROM resources WHERE package_id = ?').get(created.id)).toEqual({ n: 0 })
    expect(sql(t.engine.db, 'SELECT count(*) AS n FROM members WHERE table_id = ?').get(created.id)).toEqual({ n: 0 })
  })

  it('is for sysadmins only', () => {
    expect(t.failure('dataset_purge', t.anonymous, { id: created.id }).message).toBe(
      'Access denied: Action dataset_purge requires an authenticated user',
    )
    expect(t.failure('dataset_purge', t.admin, { id: created.id })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
  })

  it('answers an unknown dataset with CKAN message', () => {
    expect(t.failure('dataset_purge', t.sysadmin, { id: 'nope' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Dataset was not found',
    })
    expect(t.failure('dataset_purge', t.sysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
  })
})
