import { describe, expect, it } from 'vitest'
import packageJson from '../../../../../package.json' with { type: 'json' }
import { testEngine } from '../../../../helpers/test-engine.ts'
import { exchange, haveExchanges } from '../../users/exchanges.ts'

describe('status_show', () => {
  it('answers anyone with the site info, the 2.10 API level and our own version', () => {
    const t = testEngine({ config: { siteUrl: 'http://127.0.0.1:5999' } })
    const status = t.call('status_show', t.anonymous)
    expect(status.site_url).toBe('http://127.0.0.1:5999')
    expect(status.ckan_version).toBe('2.10')
    expect(status.shelfmark_version).toBe(packageJson.version)
    expect(status.extensions).toEqual(['activity', 'image_view', 'text_view', 'webpage_view', 'video_view', 'audio_view'])
    t.close()
  })

  it.skipIf(!haveExchanges)('has the key set CKAN 2.10 returns (001), plus shelfmark_version', () => {
    const t = testEngine()
    const expected = Object.keys(exchange('001').response.body.result)
    expect(Object.keys(t.call('status_show', t.anonymous))).toEqual([...expected, 'shelfmark_version'])
    t.close()
  })
})
