import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { defaultDataDir, resolveDataDir } from '../../electron/cli/data-dir.ts'
import { runCli, tempDataDir } from './run-cli.ts'

describe('defaultDataDir', () => {
  it("is Electron's userData folder for productName Shelfmark on each OS", () => {
    expect(defaultDataDir({}, 'linux', '/home/ada')).toBe('/home/ada/.config/Shelfmark')
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ada')).toBe('/xdg/Shelfmark')
    expect(defaultDataDir({}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Application Support/Shelfmark')
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ada')).toBe(
      join('C:\\Users\\ada\\AppData\\Roaming', 'Shelfmark'),
    )
  })
})

describe('resolveDataDir', () => {
  it('prefers --data, then SHELFMARK_DATA, then the default, always absolute', () => {
    expect(resolveDataDir('/a', { SHELFMARK_DATA: '/b' })).toBe('/a')
    expect(resolveDataDir(undefined, { SHELFMARK_DATA: '/b' })).toBe('/b')
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/xdg' })).toBe(
      process.platform === 'linux' ? '/xdg/Shelfmark' : defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }),
    )
    expect(resolveDataDir('relative/dir', {})).toBe(join(process.cwd(), 'relative/dir'))
  })
})

describe('the CLI', () => {
  const dir = tempDataDir()
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('uses SHELFMARK_DATA when no --data is given', async () => {
    const target = join(dir, 'from-env')
    const result = await runCli(['sysadmin', 'add', 'carol', '--password', 'long-enough-pw'], { SHELFMARK_DATA: target })
    expect(result.code).toBe(0)
    expect(existsSync(join(target, 'catalog.sqlite'))).toBe(true)
  })
})
