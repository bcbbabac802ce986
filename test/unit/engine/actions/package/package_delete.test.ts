import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, hasExchanges, minimal, recordedError, type Catalog } from './catalog.ts'

describe('package_delete', () => {
  let t: Catalog
  let created: any
  beforeEach(() => {
    t = catalog()
    created = minimal(t, 'to-delete', { groups: [{ name: 'rec-group-ac8697' }] })
  })
  afterEach(() => t.close())

  it('marks the dataset deleted, returns null and keeps metadata_modified (073, 074)', () => {
    expect(t.call('package_delete', t.sysadmin, { id: 'to-delete' })).toBeNull()
    const shown = t.call('package_show', t.sysadmin, { id: created.id })
    expect(shown.state).toBe('deleted')
    expect(shown.metadata_modified).toBe(created.metadata_modified)
  })

  it('removes its group memberships and hides it from package_list (076)', () => {
    t.call('package_delete', t.sysadmin, { id: created.id })
    expect(t.call('package_show', t.sysadmin, { id: created.id }).groups).toEqual([])
    expect(t.call('package_list', t.anonymous, {})).toEqual([])
  })

  it.skipIf(!hasExchanges)('refuses a deleted dataset to anonymous readers (075)', () => {
    t.call('package_delete', t.sysadmin, { id: created.id })
    expect(t.failure('package_show', t.anonymous, { id: created.id }).__type).toBe(recordedError('075').__type)
    expect(t.call('package_show', t.member, { id: created.id }).state).toBe('deleted')
  })

  it("records a 'deleted package' activity", () => {
    t.call('package_delete', t.editor, { id: created.id })
    const [latest] = t.call('package_activity_list', t.sysadmin, { id: created.id })
    expect(latest.activity_type).toBe('deleted package')
    expect(t.call('activity_show', t.sysadmin, { id: latest.id }).data.package.state).toBe('deleted')
  })

  it('answers CKAN errors in CKAN order: 409, 404, anonymous, not allowed', () => {
    expect(t.failure('package_delete', t.sysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    expect(t.failure('package_delete', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('package_delete', t.anonymous, { id: created.id })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action package_delete requires an authenticated user',
    })
    expect(t.failure('package_delete', t.member, { id: created.id }).message).toBe(
      `Access denied: User member-user-ac8697 not authorized to edit package ${created.id}`,
    )
  })
})
