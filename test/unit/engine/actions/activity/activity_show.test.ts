import { describe, expect, it } from 'vitest'
import { catalogWithActivity } from './activity-fixtures.ts'

describe('activity_show', () => {
  it('shows a dataset activity to its readers, with its data', () => {
    const { t } = catalogWithActivity()
    const [latest] = t.call('package_activity_list', t.anonymous, { id: 'open-data', limit: 1 })
    expect(t.call('activity_show', t.anonymous, { id: latest.id })).toEqual(latest)
    t.close()
  })

  it('asks for edit rights when include_data is truthy in Python\'s sense, as CKAN\'s auth does', () => {
    const { t, editor } = catalogWithActivity()
    const [latest] = t.call('package_activity_list', t.anonymous, { id: 'open-data', limit: 1 })
    expect(t.call('activity_show', t.anonymous, { id: latest.id, include_data: false }).id).toBe(latest.id)
    expect(t.call('activity_show', t.anonymous, { id: latest.id, include_data: '' }).id).toBe(latest.id)
    for (const include_data of [true, 'false', 1]) {
      expect(t.failure('activity_show', t.anonymous, { id: latest.id, include_data })).toEqual({
        __type: 'Authorization Error',
        message: `Access denied: User  not authorized to edit package ${latest.object_id}`,
      })
    }
    expect(t.call('activity_show', editor, { id: latest.id, include_data: true })).toEqual(latest)
    t.close()
  })

  it('refuses a private dataset\'s activity to outsiders', () => {
    const { t, member, outsider } = catalogWithActivity()
    const [latest] = t.call('package_activity_list', member, { id: 'secret-data', limit: 1 })
    expect(t.call('activity_show', member, { id: latest.id }).id).toBe(latest.id)
    expect(t.failure('activity_show', outsider, { id: latest.id })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Unauthorized to view activity data',
    })
    t.close()
  })

  it('keeps other activity to sysadmins, as CKAN\'s auth does', () => {
    const { t, org, editor } = catalogWithActivity()
    const [created] = t.call('organization_activity_list', t.anonymous, { id: org.id, activity_types: ['new organization'] })
    expect(t.failure('activity_show', editor, { id: created.id }).message).toBe('Access denied: object_type not recognized')
    expect(t.call('activity_show', t.sysadmin, { id: created.id }).activity_type).toBe('new organization')
    t.close()
  })

  it('requires an id and answers 404 for an unknown one', () => {
    const { t } = catalogWithActivity()
    expect(t.failure('activity_show', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    expect(t.failure('activity_show', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.close()
  })
})

describe('activity_data_show', () => {
  it('returns what the activity recorded, or one part of it by object_type', () => {
    const { t, editor } = catalogWithActivity()
    const [first, second] = t.call('package_activity_list', t.anonymous, { id: 'open-data' }).slice(-2).reverse()
    expect(first.activity_type).toBe('new package')
    expect(t.call('activity_data_show', editor, { id: first.id })).toEqual(first.data)
    const then = t.call('activity_data_show', editor, { id: second.id, object_type: 'package' })
    expect(then).toEqual(second.data.package)
    expect(then.notes).toBe('first edit')
    expect(t.call('activity_data_show', editor, { id: first.id, object_type: '' })).toEqual(first.data)
    expect(t.failure('activity_data_show', editor, { id: first.id, object_type: 'group' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Could not find that object_type in the activity',
    })
    t.close()
  })

  it('is for those who may edit the dataset, as CKAN\'s auth asks with include_data', () => {
    const { t, editor, member, outsider, org } = catalogWithActivity()
    const [latest] = t.call('package_activity_list', member, { id: 'secret-data', limit: 1 })
    expect(t.call('activity_data_show', editor, { id: latest.id, object_type: 'package' }).notes).toBe('hidden edit')
    expect(t.failure('activity_data_show', member, { id: latest.id }).message).toBe(
      `Access denied: User member not authorized to edit package ${latest.object_id}`,
    )
    expect(t.failure('activity_data_show', outsider, { id: latest.id }).message).toBe('Access denied: Unauthorized to view activity data')
    const [open] = t.call('package_activity_list', t.anonymous, { id: 'open-data', limit: 1 })
    expect(t.failure('activity_data_show', t.anonymous, { id: open.id }).message).toBe(
      `Access denied: User  not authorized to edit package ${open.object_id}`,
    )
    const [created] = t.call('organization_activity_list', t.anonymous, { id: org.id, activity_types: ['new organization'] })
    expect(t.failure('activity_data_show', outsider, { id: created.id }).message).toBe('Access denied: object_type not recognized')
    expect(t.call('activity_data_show', t.sysadmin, { id: created.id, object_type: 'group' }).name).toBe('rivers-org')
    expect(t.failure('activity_data_show', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    expect(t.failure('activity_data_show', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.close()
  })

  it('is for the dataset\'s readers once ckan.auth.public_activity_stream_detail is on', () => {
    const { t, member, outsider } = catalogWithActivity()
    t.engine.config.publicActivityStreamDetail = true
    const [latest] = t.call('package_activity_list', member, { id: 'secret-data', limit: 1 })
    expect(t.call('activity_data_show', member, { id: latest.id, object_type: 'package' }).notes).toBe('hidden edit')
    expect(t.call('activity_show', member, { id: latest.id, include_data: true }).id).toBe(latest.id)
    expect(t.failure('activity_data_show', outsider, { id: latest.id }).message).toBe('Access denied: Unauthorized to view activity data')
    const [open] = t.call('package_activity_list', t.anonymous, { id: 'open-data', limit: 1 })
    expect(t.call('activity_data_show', t.anonymous, { id: open.id, object_type: 'package' }).name).toBe('open-data')
    t.close()
  })
})
