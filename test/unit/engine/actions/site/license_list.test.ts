import { describe, expect, it } from 'vitest'
import { isOpenLicense, licenseById } from '../../../../../electron/engine/licenses.ts'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { exchange, haveExchanges } from '../../users/exchanges.ts'

describe('license_list', () => {
  it.skipIf(!haveExchanges)('returns CKAN 2.10\'s default list exactly, flags as strings (003)', () => {
    const t = testEngine()
    const result = t.call('license_list', t.anonymous)
    const expected = exchange('003').response.body.result
    expect(result).toEqual(expected)
    expect(result.map((l: object) => Object.keys(l))).toEqual(expected.map((l: object) => Object.keys(l)))
    t.close()
  })

  it('cannot be changed through a result', () => {
    const t = testEngine()
    t.call('license_list', t.anonymous)[0].title = 'changed'
    expect(t.call('license_list', t.anonymous)[0].title).toBe('License not specified')
    t.close()
  })
})

describe('licenses', () => {
  it('finds a license by id', () => {
    expect(licenseById('cc-by')?.title).toBe('Creative Commons Attribution')
    expect(licenseById('no-such-license')).toBeUndefined()
  })

  it('tells open licenses as CKAN\'s isopen does', () => {
    expect(isOpenLicense('cc-by')).toBe(true)
    expect(isOpenLicense('odc-odbl')).toBe(true)
    expect(isOpenLicense('other-closed')).toBe(false)
    expect(isOpenLicense('notspecified')).toBe(false)
    expect(isOpenLicense('unknown-id')).toBe(false)
    expect(isOpenLicense(null)).toBe(false)
  })
})
