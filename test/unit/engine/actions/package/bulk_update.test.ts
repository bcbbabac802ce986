import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, minimal, type Catalog } from './catalog.ts'

describe('bulk_update_private / bulk_update_public / bulk_update_delete', () => {
  let t: Catalog
  let first: any
  let second: any
  let elsewhere: any
  beforeEach(() => {
    t = catalog()
    first = minimal(t, 'bulk-first', { groups: [{ name: 'rec-group-ac8697' }] })
    second = minimal(t, 'bulk-second')
    elsewhere = t.call('package_create', t.sysadmin, { name: 'bulk-elsewhere', owner_org: 'rec-org2-ac8697' })
  })
  afterEach(() => t.close())

  const shown = (id: string) => t.call('package_show', t.sysadmin, { id })
  const search = (caller: any) => t.call('package_search', caller, { q: 'name:bulk*', include_private: true }).results.map((d: any) => d.name).sort()

  it('makes the organization\'s listed datasets private and public again, keeping metadata_modified', () => {
    const datasets = [first.id, second.id, elsewhere.id, 'no-such-id']
    expect(t.call('bulk_update_private', t.admin, { org_id: t.org.id, datasets })).toBeNull()
    expect(shown(first.id)).toMatchObject({ private: true, metadata_modified: first.metadata_modified })
    expect(shown(second.id).private).toBe(true)
    // A dataset of another organization is left alone.
    expect(shown(elsewhere.id).private).toBe(false)
    expect(search(t.anonymous)).toEqual(['bulk-elsewhere'])
    expect(t.failure('package_show', t.outsider, { id: first.id }).__type).toBe('Authorization Error')
    expect(search(t.member)).toEqual(['bulk-elsewhere', 'bulk-first', 'bulk-second'])

    t.call('bulk_update_public', t.admin, { org_id: t.org.id, datasets: [first.id] })
    expect(shown(first.id)).toMatchObject({ private: false, metadata_modified: first.metadata_modified })
    expect(search(t.anonymous)).toEqual(['bulk-elsewhere', 'bulk-first'])
  })

  it('deletes the listed datasets as CKAN 2.10 does: state only, memberships kept', () => {
    t.call('bulk_update_delete', t.admin, { org_id: t.org.id, datasets: [first.id] })
    expect(shown(first.id)).toMatchObject({ state: 'deleted', metadata_modified: first.metadata_modified })
    expect(shown(first.id).groups.map((g: any) => g.name)).toEqual(['rec-group-ac8697'])
    expect(t.call('package_list', t.anonymous, {})).not.toContain('bulk-first')
    expect(search(t.sysadmin)).toEqual(['bulk-elsewhere', 'bulk-second'])
  })

  it('records a dataset activity for each change (sync pushes from them), none for a dataset already so', () => {
    t.call('bulk_update_private', t.admin, { org_id: t.org.id, datasets: [first.id, second.id] })
    t.call('bulk_update_private', t.admin, { org_id: t.org.id, datasets: [first.id] })
    t.call('bulk_update_delete', t.admin, { org_id: t.org.id, datasets: [second.id] })
    const types = (id: string) => t.call('package_activity_list', t.sysadmin, { id }).map((a: any) => a.activity_type)
    expect(types(first.id)).toEqual(['changed package', 'new package'])
    expect(types(second.id)).toEqual(['deleted package', 'changed package', 'new package'])
    const latest = t.call('package_activity_list', t.sysadmin, { id: first.id })[0]
    expect(latest.data.package.private).toBe(true)
  })

  it('takes the organization by name too, and one id given alone', () => {
    t.call('bulk_update_private', t.sysadmin, { org_id: 'rec-org-ac8697', datasets: second.id })
    expect(shown(second.id).private).toBe(true)
  })

  it('is for the organization\'s admins and sysadmins', () => {
    const params = { org_id: t.org.id, datasets: [first.id] }
    expect(t.failure('bulk_update_private', t.anonymous, params)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action bulk_update_private requires an authenticated user',
    })
    for (const caller of [t.editor, t.member, t.outsider]) {
      expect(t.failure('bulk_update_delete', caller, params)).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    }
    expect(t.failure('bulk_update_public', t.admin, { datasets: [first.id] }).message).toBe('Access denied')
    expect(shown(first.id)).toMatchObject({ state: 'active', private: false })
  })

  it('does nothing, without error, for a sysadmin naming no organization', () => {
    expect(t.call('bulk_update_delete', t.sysadmin, { datasets: [first.id] })).toBeNull()
    expect(t.call('bulk_update_delete', t.sysadmin, { org_id: 'nope', datasets: [first.id] })).toBeNull()
    expect(shown(first.id).state).toBe('active')
  })
})
