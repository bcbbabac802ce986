import { describe, expect, it } from 'vitest'
import { catalogWithActivity } from './activity-fixtures.ts'
import { exchange, haveExchanges } from '../../users/exchanges.ts'

const types = (list: any[]) => list.map((a) => `${a.activity_type}:${a.data.package?.name ?? a.data.group?.name}`)

describe('organization_activity_list', () => {
  it.skipIf(!haveExchanges)('lists the organization\'s and its public datasets\' activity to anonymous callers (071)', () => {
    const { t } = catalogWithActivity()
    const list = t.call('organization_activity_list', t.anonymous, { id: 'rivers-org' })
    expect(list.map((a: any) => Object.keys(a))).toEqual(list.map(() => Object.keys(exchange('071').response.body.result[0])))
    expect(types(list)).toEqual([
      'changed package:open-data',
      'changed package:open-data',
      'new package:open-data',
      'new organization:rivers-org',
    ])
    t.close()
  })

  it('filters by activity_types, and ignores exclude_activity_types as CKAN 2.10\'s organization list does', () => {
    const { t } = catalogWithActivity()
    const all = types(t.call('organization_activity_list', t.anonymous, { id: 'rivers-org' }))
    expect(types(t.call('organization_activity_list', t.anonymous, { id: 'rivers-org', exclude_activity_types: ['changed package'] }))).toEqual(all)
    expect(types(t.call('organization_activity_list', t.anonymous, { id: 'rivers-org', activity_types: ['new organization'], exclude_activity_types: ['x'] })))
      .toEqual(['new organization:rivers-org'])
    t.close()
  })

  it('names the actor in dataset activities only, as CKAN does ({group} for a group, {} for a user)', () => {
    const { t } = catalogWithActivity()
    const list = t.call('organization_activity_list', t.anonymous, { id: 'rivers-org' })
    const own = list.find((a: any) => a.activity_type === 'new organization')
    expect(Object.keys(own.data)).toEqual(['group'])
    expect(list.find((a: any) => a.activity_type === 'new package').data).toHaveProperty('actor')
    const created = t.call('user_create', t.sysadmin, { name: 'newcomer', email: 'newcomer@example.org', password: 'Password-123' })
    expect(t.call('user_activity_list', t.sysadmin, { id: created.id })[0]).toMatchObject({ activity_type: 'new user', data: {} })
    t.close()
  })

  it('adds private datasets\' activity for members and sysadmins', () => {
    const { t, member } = catalogWithActivity()
    const names = (caller: any) => t.call('organization_activity_list', caller, { id: 'rivers-org' }).map((a: any) => a.data.package?.name)
    expect(names(member)).toContain('secret-data')
    expect(names(t.sysadmin)).toContain('secret-data')
    expect(names(t.user('stranger'))).not.toContain('secret-data')
    t.close()
  })

  it('follows a dataset moved to another organization with all its history, as CKAN reads memberships when listing', () => {
    const { t } = catalogWithActivity()
    const lakes = t.call('organization_create', t.sysadmin, { name: 'lakes-org' })
    t.call('package_owner_org_update', t.sysadmin, { id: 'open-data', organization_id: lakes.id })
    const names = (id: string) => t.call('organization_activity_list', t.anonymous, { id }).map((a: any) => a.data.package?.name ?? a.data.group?.name)
    expect(names('rivers-org')).toEqual(['rivers-org'])
    expect(names('lakes-org')).toEqual(['open-data', 'lakes-org', 'open-data', 'open-data', 'open-data'])
    t.close()
  })

  it('hides the past public activity of a dataset made private from those who may not read it now', () => {
    const { t, member } = catalogWithActivity()
    t.call('package_patch', t.sysadmin, { id: 'open-data', private: true })
    const names = (caller: any) => t.call('organization_activity_list', caller, { id: 'rivers-org' }).map((a: any) => a.data.package?.name)
    expect(names(t.anonymous)).not.toContain('open-data')
    expect(names(t.user('stranger'))).not.toContain('open-data')
    expect(names(member).filter((name: string) => name === 'open-data')).toHaveLength(4)
    t.close()
  })

  it('finds the organization by id, and refuses a group or an unknown id with a bare 404', () => {
    const { t, org } = catalogWithActivity()
    expect(t.call('organization_activity_list', t.anonymous, { id: org.id, limit: 1 })).toHaveLength(1)
    const notFound = { __type: 'Not Found Error', message: 'Not found' }
    expect(t.failure('organization_activity_list', t.anonymous, { id: 'water-group' })).toEqual(notFound)
    expect(t.failure('organization_activity_list', t.anonymous, { id: 'nope' })).toEqual(notFound)
    t.close()
  })
})

describe('group_activity_list', () => {
  it('lists the group\'s own activity and its datasets\'', () => {
    const { t } = catalogWithActivity()
    const list = t.call('group_activity_list', t.anonymous, { id: 'water-group' })
    expect(types(list)).toContain('new group:water-group')
    expect(types(list)).toContain('new package:open-data')
    expect(list.map((a: any) => a.data.package?.name)).not.toContain('secret-data')
    expect(t.failure('group_activity_list', t.anonymous, { id: 'rivers-org' }).__type).toBe('Not Found Error')
    t.close()
  })

  it('drops a dataset taken out of the group, keeps a deleted one, as CKAN pairs memberships and dataset states', () => {
    const { t, editor } = catalogWithActivity()
    t.call('package_create', editor, { name: 'lake-data', owner_org: 'rivers-org', groups: [{ name: 'water-group' }] })
    // Read as the sysadmin, who sees every row.
    const names = () => t.call('group_activity_list', t.sysadmin, { id: 'water-group' }).map((a: any) => `${a.activity_type}:${a.data.package?.name ?? a.data.group?.name}`)
    t.call('package_patch', t.sysadmin, { id: 'open-data', groups: [] })
    expect(names()).toEqual(['new package:lake-data', 'new group:water-group'])
    t.call('package_delete', t.sysadmin, { id: 'lake-data' })
    expect(names()).toEqual(['deleted package:lake-data', 'new package:lake-data', 'new group:water-group'])
    t.close()
  })
})
