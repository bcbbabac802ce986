import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('config_option_list', () => {
  it("lists CKAN 2.10's runtime-editable options, in its schema's order", () => {
    const t = testEngine()
    expect(t.call('config_option_list', t.sysadmin)).toEqual([
      'ckan.site_title',
      'ckan.site_logo',
      'ckan.site_url',
      'ckan.site_description',
      'ckan.site_about',
      'ckan.site_intro_text',
      'ckan.site_custom_css',
      'ckan.theme',
      'ckan.homepage_style',
      'logo_upload',
      'clear_logo_upload',
    ])
    t.close()
  })

  it('refuses anyone but a sysadmin with a bare Access denied, anonymous callers too', () => {
    const t = testEngine()
    const denied = { __type: 'Authorization Error', message: 'Access denied' }
    expect(t.failure('config_option_list', t.user('bob'))).toEqual(denied)
    expect(t.failure('config_option_list', t.anonymous)).toEqual(denied)
    t.close()
  })
})
