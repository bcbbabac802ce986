import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, minimal, type Catalog } from './catalog.ts'

describe('package_owner_org_update', () => {
  let t: Catalog
  let created: any
  beforeEach(() => {
    t = catalog()
    created = minimal(t)
  })
  afterEach(() => t.close())

  it('moves the dataset, returns null and keeps metadata_modified (048, 074)', () => {
    expect(t.call('package_owner_org_update', t.sysadmin, { id: created.id, organization_id: 'rec-org2-ac8697' })).toBeNull()
    const shown = t.call('package_show', t.sysadmin, { id: created.id })
    expect(shown.owner_org).toBe(t.org2.id)
    expect(shown.organization.name).toBe('rec-org2-ac8697')
    expect(shown.metadata_modified).toBe(created.metadata_modified)
  })

  it('makes a private dataset readable by the new organization only', () => {
    const secret = minimal(t, 'secret', { private: true })
    t.call('package_owner_org_update', t.sysadmin, { id: secret.id, organization_id: t.org2.id })
    expect(t.failure('package_show', t.member, { id: secret.id }).__type).toBe('Authorization Error')
  })

  it('is for sysadmins only', () => {
    expect(t.failure('package_owner_org_update', t.anonymous, { id: created.id }).message).toBe(
      'Access denied: Action package_owner_org_update requires an authenticated user',
    )
    expect(t.failure('package_owner_org_update', t.admin, { id: created.id, organization_id: t.org2.id })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied',
    })
  })

  it('answers unknown datasets and organizations with CKAN messages', () => {
    expect(t.failure('package_owner_org_update', t.sysadmin, { id: 'nope', organization_id: t.org2.id }).message).toBe(
      'Not found: Package was not found.',
    )
    expect(t.failure('package_owner_org_update', t.sysadmin, { id: created.id, organization_id: 'rec-group-ac8697' }).message).toBe(
      'Not found: Organization was not found.',
    )
  })

  it('leaves the dataset without an organization when none is given', () => {
    t.call('package_owner_org_update', t.sysadmin, { id: created.id, organization_id: '' })
    expect(t.call('package_show', t.sysadmin, { id: created.id })).toMatchObject({ owner_org: null, organization: null })
  })
})
