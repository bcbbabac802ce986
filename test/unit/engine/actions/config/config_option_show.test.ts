import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('config_option_show', () => {
  it("shows the site's settings and CKAN's declared defaults for options never changed", () => {
    const t = testEngine({ config: { siteTitle: 'My catalog', siteUrl: 'http://127.0.0.1:5055' } })
    const show = (key: string) => t.call('config_option_show', t.sysadmin, { key })
    expect(show('ckan.site_title')).toBe('My catalog')
    expect(show('ckan.site_url')).toBe('http://127.0.0.1:5055')
    expect(show('ckan.site_logo')).toBe('/base/images/ckan-logo.png')
    expect(show('ckan.theme')).toBe('css/main')
    expect(show('ckan.homepage_style')).toBe('1')
    expect(show('ckan.site_about')).toBe('')
    expect(show('logo_upload')).toBeNull()
    t.close()
  })

  it('shows a value as config_option_update stored it', () => {
    const t = testEngine()
    t.call('config_option_update', t.sysadmin, { 'ckan.site_intro_text': 'Welcome', 'ckan.homepage_style': '3' })
    expect(t.call('config_option_show', t.sysadmin, { key: 'ckan.site_intro_text' })).toBe('Welcome')
    expect(t.call('config_option_show', t.sysadmin, { key: 'ckan.homepage_style' })).toBe(3)
    t.close()
  })

  it('reports a missing key, and refuses one that is not editable with CKAN\'s message', () => {
    const t = testEngine()
    expect(t.failure('config_option_show', t.sysadmin, {})).toEqual({ key: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('config_option_show', t.sysadmin, { key: 'ckan.plugins' })).toEqual({
      message: "Configuration option 'ckan.plugins' can not be shown",
      __type: 'Validation Error',
    })
    t.close()
  })

  it('refuses anyone but a sysadmin before looking at the key', () => {
    const t = testEngine()
    const denied = { __type: 'Authorization Error', message: 'Access denied' }
    expect(t.failure('config_option_show', t.user('bob'), {})).toEqual(denied)
    expect(t.failure('config_option_show', t.anonymous, { key: 'ckan.site_title' })).toEqual(denied)
    t.close()
  })
})
