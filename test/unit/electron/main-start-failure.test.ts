/**
 * The real main.ts over a data directory whose shelfmark.ini holds a bad
 * value: the desktop app says why it cannot start, in an error box, and
 * exits, instead of running on with no window.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('./fake-electron.ts'))
const fake = await import('./fake-electron.ts')

const dataDir = mkdtempSync(join(tmpdir(), 'shelfmark-main-fail-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

it('shows the settings error and exits with 1 when the catalog cannot open', async () => {
  writeFileSync(join(dataDir, 'shelfmark.ini'), '[app:main]\nckan.auth.create_user_via_api = maybe\n')
  process.env.SHELFMARK_DATA = dataDir
  process.env.SHELFMARK_PORT = '0'
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
  await import('../../../electron/main.ts')
  fake.becomeReady()
  await vi.waitFor(() => expect(fake.recorded.exitCode).toBe(1), { timeout: 10_000 })
  expect(fake.recorded.errorBoxes).toEqual([
    { title: 'Shelfmark could not start', content: expect.stringContaining('ckan.auth.create_user_via_api = "maybe" is not a boolean') },
  ])
  expect(fake.recorded.windows).toHaveLength(0)
  quiet.mockRestore()
})
