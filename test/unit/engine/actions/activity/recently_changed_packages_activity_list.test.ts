import { describe, expect, it } from 'vitest'
import { catalogWithActivity } from './activity-fixtures.ts'
import { exchange, haveExchanges } from '../../users/exchanges.ts'

describe('recently_changed_packages_activity_list', () => {
  it.skipIf(!haveExchanges)('lists dataset activity site-wide, newest first, as CKAN 2.10 shapes it (072)', () => {
    const { t } = catalogWithActivity()
    const list = t.call('recently_changed_packages_activity_list', t.anonymous, { limit: 2 })
    const expected = exchange('072').response.body.result
    expect(list.map((a: any) => Object.keys(a))).toEqual(expected.map((a: any) => Object.keys(a)))
    expect(list.every((a: any) => a.activity_type.endsWith(' package'))).toBe(true)
    t.close()
  })

  it('shows private datasets\' activity only to those who may read them', () => {
    const { t, member, outsider } = catalogWithActivity()
    const names = (caller: any) => t.call('recently_changed_packages_activity_list', caller).map((a: any) => a.data.package.name)
    expect(names(t.anonymous)).toEqual(['open-data', 'open-data', 'open-data'])
    expect(names(outsider)).not.toContain('secret-data')
    expect(names(member)).toEqual(['secret-data', 'open-data', 'open-data', 'secret-data', 'open-data'])
    t.close()
  })

  it('leaves out organization, group and user activity', () => {
    const { t } = catalogWithActivity()
    expect(t.call('recently_changed_packages_activity_list', t.sysadmin).some((a: any) => !a.activity_type.endsWith('package'))).toBe(false)
    t.close()
  })
})
