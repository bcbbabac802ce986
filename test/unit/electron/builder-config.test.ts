/** The packaging configuration: the targets the issue asks for, and no in-place native rebuild. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const text = readFileSync(new URL('../../../build/electron-builder.yml', import.meta.url), 'utf8')
/** The YAML without comments, for plain text checks (no YAML parser is a dependency). */
const config = text.replace(/#.*$/gm, '')

describe('electron-builder.yml', () => {
  it('builds AppImage and deb, dmg, nsis into out/', () => {
    expect(config).toMatch(/linux:\s+target:\s+- AppImage\s+- deb/)
    expect(config).toMatch(/mac:\s+target: dmg/)
    expect(config).toMatch(/win:\s+target: nsis/)
    expect(config).toMatch(/output: out\//)
  })

  it('never rebuilds node_modules in place (the Node build of better-sqlite3 must survive)', () => {
    expect(config).toMatch(/^npmRebuild: false$/m)
    expect(config).toMatch(/from: out\/native\/electron\/better_sqlite3\.node\s+to: native\/better_sqlite3\.node/)
  })

  it('ships the bundles, not the TypeScript sources', () => {
    expect(config).toContain('- out/electron/**')
    expect(config).toContain('- out/renderer/**')
    expect(config).not.toMatch(/- electron\//)
  })
})
