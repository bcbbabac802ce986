import { existsSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => {
  const dir = t?.dataDir
  t?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('background checkpoints', () => {
  it('copy what the WAL holds into the database file while writes go on, far below the autocheckpoint size', async () => {
    t = testEngine({ onDisk: true })
    const file = join(t.dataDir!, 'catalog.sqlite')
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const before = statSync(file).size
    const grown = before + 256 * 2000
    // Writes go on until the file has taken in 256 datasets' notes; a checkpoint request comes every
    // 256 commits or every second, whichever first, so a slow machine sees its first copy part-way
    // through and the next ones later. 1,024 datasets write about 37,000 WAL pages, below the
    // writer's own autocheckpoint at 50,000: any growth here is the worker's.
    let written = 0
    let after = before
    for (let waited = 0; after <= grown && waited < 10_000; waited += 50) {
      for (let i = 0; i < 64 && written < 1024; i++, written++) {
        t.call('package_create', t.sysadmin, { name: `set-${written}`, owner_org: 'org', notes: 'x'.repeat(2000) })
      }
      await sleep(50)
      after = statSync(file).size
    }
    expect(after).toBeGreaterThan(grown)
    // The catalog stays whole and readable from this connection.
    expect(t.engine.db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(t.call('package_show', t.anonymous, { id: `set-${written - 1}` }).notes).toHaveLength(2000)
  })

  it('are done when the engine closes: the worker has let go of the file, so the directory can go at once', async () => {
    t = testEngine({ onDisk: true })
    const file = join(t.dataDir!, 'catalog.sqlite')
    t.call('organization_create', t.sysadmin, { name: 'org' })
    // 256 commits ask the worker for its first checkpoint; give it time to open its connection.
    for (let i = 0; i < 300; i++) t.call('package_create', t.sysadmin, { name: `set-${i}`, owner_org: 'org' })
    await sleep(500)
    t.engine.close()
    // The last connection to close deletes the WAL: the engine's own, once the worker's is gone before it.
    expect(existsSync(`${file}-wal`)).toBe(false)
    rmSync(t.dataDir!, { recursive: true })
    expect(existsSync(t.dataDir!)).toBe(false)
    t = undefined as unknown as TestEngine
  })
})
