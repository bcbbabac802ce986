import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { catalog, exchange, expectLikeCkan, hasExchanges, minimal, recordedError, recordedResult, type Catalog } from './catalog.ts'
import { unpackJson } from '../../../../../electron/engine/db/packed-json.ts'

describe.skipIf(!hasExchanges)('package_show as CKAN 2.10 answers it', () => {
  let t: Catalog
  beforeEach(() => {
    t = catalog()
  })
  afterEach(() => t.close())

  it('shows a public dataset to anyone, by id (037) or name (038)', () => {
    const created = t.call('package_create', t.sysadmin, exchange('022').request.body)
    expectLikeCkan(t.call('package_show', t.anonymous, { id: created.id }), recordedResult('037'))
    expectLikeCkan(t.call('package_show', t.anonymous, { id: 'rec-full-ac8697' }), recordedResult('038'))
  })

  it('refuses a private dataset to anonymous callers with a 403 naming its id (039)', () => {
    const created = t.call('package_create', t.editor, exchange('023').request.body)
    const error = t.failure('package_show', t.anonymous, { id: 'rec-private-ac8697' })
    expect(error).toEqual({ ...recordedError('039'), message: `Access denied: User  not authorized to read package ${created.id}` })
  })

  it('shows a private dataset to a member of its organization (040)', () => {
    t.call('package_create', t.editor, exchange('023').request.body)
    expectLikeCkan(t.call('package_show', t.member, { id: 'rec-private-ac8697' }), recordedResult('040'))
  })

  it('answers an unknown dataset with a bare 404 (041)', () => {
    expect(t.failure('package_show', t.sysadmin, { id: 'no-such-dataset-ac8697' })).toEqual(recordedError('041'))
  })

  it('shows a deleted dataset to a sysadmin (074) and refuses it to anonymous callers (075)', () => {
    const created = minimal(t)
    t.call('package_owner_org_update', t.sysadmin, { id: created.id, organization_id: 'rec-org2-ac8697' })
    t.call('package_delete', t.sysadmin, { id: 'rec-minimal-ac8697' })
    const shown = t.call('package_show', t.sysadmin, { id: 'rec-minimal-ac8697' })
    expectLikeCkan(shown, recordedResult('074'))
    expect(shown.metadata_modified).toBe(created.metadata_modified)
    expect(t.failure('package_show', t.anonymous, { id: 'rec-minimal-ac8697' })).toEqual({
      ...recordedError('075'),
      message: `Access denied: User  not authorized to read package ${created.id}`,
    })
  })
})

describe('package_show', () => {
  let t: Catalog
  beforeEach(() => {
    t = catalog()
  })
  afterEach(() => t.close())

  it('adds zero tracking summaries with include_tracking, as CKAN 2.10 does for a site that tracks nothing', () => {
    const created = minimal(t, 'tracked', { resources: [{ url: 'http://example.org/a.csv' }] })
    const shown = t.call('package_show', t.anonymous, { id: created.id, include_tracking: 'True' })
    expect(shown.tracking_summary).toEqual({ total: 0, recent: 0 })
    expect(shown.resources[0].tracking_summary).toEqual({ total: 0, recent: 0 })
    expect(JSON.parse(t.engine.callAsJson('package_show', t.anonymous, { id: created.id, include_tracking: true })).tracking_summary).toEqual({ total: 0, recent: 0 })
    const plain = t.call('package_show', t.anonymous, { id: created.id, include_tracking: false })
    expect(plain).not.toHaveProperty('tracking_summary')
    expect(plain.resources[0]).not.toHaveProperty('tracking_summary')
  })

  it('needs an id (CKAN asks for name_or_id)', () => {
    expect(t.failure('package_show', t.anonymous, {})).toEqual({ __type: 'Validation Error', name_or_id: ['Missing value'] })
    expect(t.call('package_show', t.anonymous, { name_or_id: minimal(t).name }).name).toBe('rec-minimal-ac8697')
  })

  it('shows private datasets to every capacity of the organization and sysadmins, to nobody else', () => {
    const created = minimal(t, 'secret', { private: true })
    for (const caller of [t.member, t.editor, t.admin, t.sysadmin]) {
      expect(t.call('package_show', caller, { id: 'secret' }).id).toBe(created.id)
    }
    expect(t.failure('package_show', t.outsider, { id: 'secret' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User outsider-ac8697 not authorized to read package ${created.id}`,
    })
  })

  it('shows a draft only to those who may edit it, as CKAN checks package_update for a dataset still being created', () => {
    const created = minimal(t, 'drafted', { state: 'draft' })
    for (const caller of [t.editor, t.admin, t.sysadmin]) expect(t.call('package_show', caller, { id: 'drafted' }).state).toBe('draft')
    for (const caller of [t.member, t.outsider, t.anonymous]) {
      expect(t.failure('package_show', caller, { id: 'drafted' }).message).toMatch(`not authorized to read package ${created.id}`)
    }
  })

  it('composes the organization and groups at show time, so renames show at once', () => {
    const created = minimal(t, 'composed', { groups: [{ name: 'rec-group-ac8697' }] })
    t.call('organization_patch', t.sysadmin, { id: 'rec-org-ac8697', title: 'Renamed Org' })
    t.call('group_patch', t.sysadmin, { id: 'rec-group-ac8697', title: 'Renamed Group' })
    const shown = t.call('package_show', t.anonymous, { id: created.id })
    expect(shown.organization.title).toBe('Renamed Org')
    expect(shown.groups[0].display_name).toBe('Renamed Group')
  })

  it('sorts groups by display name', () => {
    t.call('group_create', t.sysadmin, { name: 'aaa-group', title: 'Zebra' })
    const created = minimal(t, 'two-groups', { groups: [{ name: 'aaa-group' }, { name: 'rec-group-ac8697' }] })
    expect(created.groups.map((group: any) => group.display_name)).toEqual(['Recorder Group ac8697', 'Zebra'])
  })

  it('shows an uploaded resource at its download URL, and keeps the file name stored bare', () => {
    const created = minimal(t, 'with-upload', {
      resources: [{ url: 'http://elsewhere.example/x/y/sample.csv', url_type: 'upload', name: 'Uploaded' }],
    })
    const [resource] = t.call('package_show', t.anonymous, { id: created.id }).resources
    expect(resource.url).toBe(`http://127.0.0.1:5000/dataset/${created.id}/resource/${resource.id}/download/sample.csv`)
    expect(t.call('resource_show', t.anonymous, { id: resource.id }).url).toBe(resource.url)
    const stored: any = unpackJson((t.engine.db.prepare('SELECT data FROM packages WHERE id = ?').get(created.id) as any).data)
    expect(stored.resources[0].url).toBe('sample.csv')
  })

  it('shows no organization once it is deleted', () => {
    const created = minimal(t, 'orphan')
    t.call('package_delete', t.sysadmin, { id: created.id })
    t.call('organization_delete', t.sysadmin, { id: 'rec-org-ac8697' })
    expect(t.call('package_show', t.sysadmin, { id: created.id }).organization).toBeNull()
  })
})

describe('package_show of an unowned dataset (ckan.auth.create_unowned_dataset on)', () => {
  it('shows it to anyone while active, and once deleted to sysadmins only, its creator included (CKAN: no organization to read it through)', () => {
    const t = testEngine({ config: { createUnownedDataset: true } })
    try {
      const creator = t.user('maker')
      const created = t.call('package_create', creator, { name: 'loose' })
      expect(t.call('package_show', t.anonymous, { id: 'loose' }).id).toBe(created.id)
      t.call('package_delete', creator, { id: 'loose' })
      expect(t.failure('package_show', creator, { id: 'loose' }).__type).toBe('Authorization Error')
      expect(t.call('package_show', t.sysadmin, { id: 'loose' }).state).toBe('deleted')
    } finally {
      t.close()
    }
  })
})
