import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { catalog, exchange, expectLikeCkan, hasExchanges, minimal, recordedResult, type Catalog } from './catalog.ts'

describe.skipIf(!hasExchanges)('package_update as CKAN 2.10 answers it', () => {
  it('replaces the whole dataset: resources left out are removed (042)', () => {
    const t = catalog()
    const created = t.call('package_create', t.sysadmin, exchange('033').request.body)
    const body = { ...exchange('042').request.body, id: created.id }
    const updated = t.call('package_update', t.sysadmin, body)
    expectLikeCkan(updated, recordedResult('042'))
    expect(updated.metadata_modified > created.metadata_modified).toBe(true)
    expect(updated.metadata_created).toBe(created.metadata_created)
    expect(t.failure('resource_show', t.sysadmin, { id: created.resources[0].id }).message).toBe(
      'Not found: Resource was not found.',
    )
    t.close()
  })
})

describe('package_update', () => {
  let t: Catalog
  let created: any
  beforeEach(() => {
    t = catalog()
    created = minimal(t, 'to-update', {
      title: 'Before',
      notes: 'Old notes',
      tags: [{ name: 'kept' }],
      extras: [{ key: 'k', value: 'v' }],
      groups: [{ name: 'rec-group-ac8697' }],
      resources: [
        { url: 'http://example.org/one.csv', name: 'one' },
        { url: 'http://example.org/two.csv', name: 'two' },
      ],
    })
  })
  afterEach(() => t.close())

  it('needs an id or name', () => {
    expect(t.failure('package_update', t.sysadmin, { title: 'x' })).toEqual({ __type: 'Validation Error', id: 'Missing value' })
    expect(t.failure('package_update', t.sysadmin, { id: '' })).toEqual({ __type: 'Validation Error', id: 'Missing value' })
  })

  it('looks up an empty name sent beside an empty id, as CKAN 2.10 does (only no name at all is missing)', () => {
    expect(t.failure('package_update', t.sysadmin, { id: '', name: '' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Package was not found.',
    })
  })

  it('answers an unknown dataset with CKAN message', () => {
    expect(t.failure('package_update', t.sysadmin, { id: 'nope' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Package was not found.',
    })
  })

  it('refuses anonymous callers, members and outsiders; lets editors and admins update', () => {
    for (const [caller, name] of [[t.anonymous, ''], [t.member, 'member-user-ac8697'], [t.outsider, 'outsider-ac8697']] as const) {
      expect(t.failure('package_update', caller, { id: created.id, name: 'to-update' })).toEqual({
        __type: 'Authorization Error',
        message: `Access denied: User ${name} not authorized to edit package ${created.id}`,
      })
    }
    expect(t.call('package_update', t.editor, { ...created, title: 'By editor' }).title).toBe('By editor')
    expect(t.call('package_update', t.admin, { ...created, title: 'By admin' }).title).toBe('By admin')
  })

  it('keeps resources sent back by id, with their created and metadata_modified when unchanged', () => {
    const updated = t.call('package_update', t.sysadmin, { ...created, title: 'After' })
    expect(updated.resources).toEqual(created.resources)
    expect(updated.title).toBe('After')
    expect(updated.metadata_modified > created.metadata_modified).toBe(true)
  })

  it('bumps a resource metadata_modified only when the resource changed', () => {
    const resources = [{ ...created.resources[0], description: 'changed' }, created.resources[1]]
    const updated = t.call('package_update', t.sysadmin, { ...created, resources })
    expect(updated.resources[0].metadata_modified > created.resources[0].metadata_modified).toBe(true)
    expect(updated.resources[1].metadata_modified).toBe(created.resources[1].metadata_modified)
  })

  it('empties lists left out and clears fields left out, keeping name, organization, private and state', () => {
    const updated = t.call('package_update', t.sysadmin, { id: created.id })
    expect(updated).toMatchObject({
      name: 'to-update',
      owner_org: t.org.id,
      private: false,
      state: 'active',
      title: null,
      notes: null,
      resources: [],
      tags: [],
      extras: [],
      groups: [],
      num_resources: 0,
      num_tags: 0,
    })
    const rows = sql(t.engine.db, 'SELECT state, data FROM resources WHERE package_id = ?').all(created.id) as any[]
    expect(rows.map((row) => row.state)).toEqual(['deleted', 'deleted'])
    expect(JSON.parse(rows[0].data).name).toBeDefined()
  })

  it('purges resources deleted by an earlier update', () => {
    t.call('package_update', t.sysadmin, { ...created, resources: [created.resources[0]] })
    t.call('package_update', t.sysadmin, { ...created, resources: [created.resources[0]] })
    const ids = sql(t.engine.db, 'SELECT id FROM resources WHERE package_id = ?').all(created.id) as any[]
    expect(ids.map((row) => row.id)).toEqual([created.resources[0].id])
  })

  it('renames, and refuses a name in use', () => {
    minimal(t, 'other-dataset')
    expect(t.call('package_update', t.sysadmin, { ...created, name: 'renamed' }).name).toBe('renamed')
    expect(t.failure('package_update', t.sysadmin, { ...created, name: 'other-dataset' }).name).toEqual([
      'That URL is already in use.',
    ])
  })

  it('moves to another organization only when the caller may add datasets there', () => {
    expect(t.failure('package_update', t.editor, { ...created, owner_org: 'rec-org2-ac8697' })).toEqual({
      __type: 'Validation Error',
      owner_org: ['You cannot add a dataset to this organization'],
    })
    expect(t.call('package_update', t.sysadmin, { ...created, owner_org: 'rec-org2-ac8697' }).owner_org).toBe(t.org2.id)
  })

  it('guesses the mimetype of resources sent without one', () => {
    const updated = t.call('package_update', t.sysadmin, {
      ...created,
      resources: [{ url: 'http://example.org/map.geojson', name: 'new' }],
    })
    expect(updated.resources[0]).toMatchObject({ mimetype: 'application/geo+json', format: 'GeoJSON' })
  })

  it('keeps group memberships the caller cannot touch', () => {
    const updated = t.call('package_update', t.editor, { ...created, groups: [] })
    expect(updated.groups.map((group: any) => group.name)).toEqual(['rec-group-ac8697'])
  })

  it("records a 'changed package' activity", () => {
    t.call('package_update', t.sysadmin, { ...created, title: 'Changed' })
    const types = sql(t.engine.db, 'SELECT activity_type FROM activities WHERE object_id = ? ORDER BY seq').all(created.id)
    expect(types).toEqual([{ activity_type: 'new package' }, { activity_type: 'changed package' }])
  })

  it('refuses a number or boolean name with "Names must be strings" (CKAN 2.10 checks the form, then fails with a 500)', () => {
    for (const name of [12345, true]) {
      expect(t.failure('package_update', t.editor, { ...created, name })).toEqual({
        __type: 'Validation Error',
        name: ['Names must be strings'],
      })
    }
    expect(t.call('package_show', t.editor, { id: created.id }).name).toBe(created.name)
  })

  it('lets an editor set the state, and treats id and type as immutable', () => {
    const updated = t.call('package_update', t.editor, { ...created, type: 'other', state: 'draft' })
    expect(updated).toMatchObject({ type: 'dataset', state: 'draft', id: created.id })
  })
})
