import { describe, expect, it } from 'vitest'
import { Engine } from '../../../../../electron/engine/engine.ts'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('config_option_update', () => {
  it('returns the options set, and status_show reports the new title, description and URL', () => {
    const t = testEngine()
    const result = t.call('config_option_update', t.sysadmin, {
      'ckan.site_description': 'Rivers and lakes',
      'ckan.site_title': 'River data',
      'ckan.site_url': 'http://data.example.org',
    })
    expect(result).toEqual({ 'ckan.site_description': 'Rivers and lakes', 'ckan.site_title': 'River data', 'ckan.site_url': 'http://data.example.org' })
    expect(Object.keys(result)).toEqual(['ckan.site_description', 'ckan.site_title', 'ckan.site_url'])
    expect(t.call('status_show', t.anonymous)).toMatchObject({
      site_title: 'River data',
      site_description: 'Rivers and lakes',
      site_url: 'http://data.example.org',
    })
    t.close()
  })

  it('keeps its values in the catalog, so a new engine over the same folder reads them', () => {
    const t = testEngine({ onDisk: true })
    t.call('config_option_update', t.sysadmin, { 'ckan.site_title': 'Kept' })
    t.engine.close()
    const again = Engine.open({ dataDir: t.dataDir })
    expect(again.call('status_show', again.anonymous())).toMatchObject({ site_title: 'Kept' })
    again.close()
    t.close()
  })

  it('converts values as its validators do: text for text options, an integer homepage style', () => {
    const t = testEngine()
    const result = t.call('config_option_update', t.sysadmin, { 'ckan.site_about': 42, 'ckan.homepage_style': '2', 'ckan.theme': null })
    expect(result).toEqual({ 'ckan.site_about': '42', 'ckan.homepage_style': 2 })
    expect(t.call('config_option_show', t.sysadmin, { key: 'ckan.theme' })).toBe('css/main')
    t.close()
  })

  it('stores a logo given as a bare file name under /uploads/admin/, as CKAN does, and returns it as sent', () => {
    const t = testEngine()
    expect(t.call('config_option_update', t.sysadmin, { 'ckan.site_logo': 'logo.png' })).toEqual({ 'ckan.site_logo': 'logo.png' })
    expect(t.call('config_option_show', t.sysadmin, { key: 'ckan.site_logo' })).toBe('/uploads/admin/logo.png')
    t.call('config_option_update', t.sysadmin, { 'ckan.site_logo': 'https://example.org/logo.png' })
    expect(t.call('config_option_show', t.sysadmin, { key: 'ckan.site_logo' })).toBe('https://example.org/logo.png')
    t.close()
  })

  it('takes the logo upload fields out before validating, as CKAN\'s uploader does', () => {
    const t = testEngine()
    expect(t.call('config_option_update', t.sysadmin, { logo_upload: 'x', clear_logo_upload: 'true' })).toEqual({})
    expect(t.call('config_option_show', t.sysadmin, { key: 'logo_upload' })).toBeNull()
    t.close()
  })

  it("refuses unknown keys with CKAN's message, changing nothing", () => {
    const t = testEngine()
    expect(t.failure('config_option_update', t.sysadmin, { 'ckan.site_title': 'X', 'ckan.plugins': 'a', debug: true })).toEqual({
      message: "Configuration option(s) 'ckan.plugins debug' can not be updated",
      __type: 'Validation Error',
    })
    expect(t.call('status_show', t.anonymous).site_title).toBe('Shelfmark')
    t.close()
  })

  it('refuses a homepage style that is not a positive integer', () => {
    const t = testEngine()
    for (const value of [0, '-1', '']) {
      expect(t.failure('config_option_update', t.sysadmin, { 'ckan.homepage_style': value })).toEqual({
        'ckan.homepage_style': ['Must be a positive integer'],
        __type: 'Validation Error',
      })
    }
    expect(t.failure('config_option_update', t.sysadmin, { 'ckan.homepage_style': 'two' })).toEqual({
      'ckan.homepage_style': ['Invalid integer'],
      __type: 'Validation Error',
    })
    t.close()
  })

  it('refuses anonymous callers and non-sysadmins with CKAN\'s messages', () => {
    const t = testEngine()
    expect(t.failure('config_option_update', t.anonymous, { 'ckan.site_title': 'X' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action config_option_update requires an authenticated user',
    })
    expect(t.failure('config_option_update', t.user('bob'), { 'ckan.site_title': 'X' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied',
    })
    t.close()
  })
})
