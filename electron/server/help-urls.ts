/**
 * Each action's help URL, made once per site URL: helpUrl's regex and
 * encoding cost about 1 µs, and every Action API response carries one.
 */
import type { EngineConfig } from '../engine/config.ts'
import { helpUrl } from '../engine/envelope-of.ts'

/** help URLs by action name under `config.siteUrl`, which may change (a server learns its URL once listening). */
export function helpUrls(config: Pick<EngineConfig, 'siteUrl'>): (action: string) => string {
  let siteUrl = config.siteUrl
  const byAction = new Map<string, string>()
  return (action) => {
    if (config.siteUrl !== siteUrl) {
      siteUrl = config.siteUrl
      byAction.clear()
    }
    let help = byAction.get(action)
    if (help === undefined) byAction.set(action, (help = helpUrl(siteUrl, action)))
    return help
  }
}
