/** The real preload.ts against the Electron stand-in: what exactly the page can reach. */
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('./fake-electron.ts'))
const { recorded } = await import('./fake-electron.ts')
await import('../../../electron/preload.ts')

describe('preload', () => {
  const bridge = recorded.exposed.get('shelfmark') as Record<string, unknown>

  it('exposes one object of named functions, nothing else', () => {
    expect([...recorded.exposed.keys()]).toEqual(['shelfmark'])
    expect(Object.keys(bridge).sort()).toEqual([
      'call',
      'cancelUpload',
      'onFileProgress',
      'onMenuCommand',
      'pathForFile',
      'secretStorageStatus',
      'uploadFile',
    ])
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function')
  })

  it('never hands out ipcRenderer or a way to pick a channel', async () => {
    const call = bridge.call as (name: string, params: unknown) => Promise<unknown>
    await call('package_show', { id: 'x' })
    expect(recorded.invoked.at(-1)).toEqual(['shelfmark:call', 'package_show', { id: 'x' }])
    for (const value of Object.values(bridge)) expect(value).not.toHaveProperty('invoke')
  })

  it('passes listeners only the payload, not the IPC event (which carries sender)', () => {
    const seen: unknown[] = []
    const stop = (bridge.onMenuCommand as (fn: (c: string) => void) => () => void)((command) => seen.push(command))
    for (const listener of recorded.rendererListeners.get('shelfmark:menu') ?? []) listener({ sender: 'secret' }, 'save')
    expect(seen).toEqual(['save'])
    stop()
    expect(recorded.rendererListeners.get('shelfmark:menu')).toEqual([])
  })

  it('resolves dropped files to their paths through webUtils', () => {
    expect((bridge.pathForFile as (f: { name: string }) => string)({ name: 'data.csv' })).toBe('/home/user/data.csv')
  })
})
