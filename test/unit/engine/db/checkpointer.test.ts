import { rmSync, statSync } from 'node:fs'
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
    for (let i = 0; i < 256; i++) t.call('package_create', t.sysadmin, { name: `set-${i}`, owner_org: 'org', notes: 'x'.repeat(2000) })
    let after = statSync(file).size
    for (let waited = 0; after === before && waited < 5000; waited += 50) {
      await sleep(50)
      after = statSync(file).size
    }
    expect(after).toBeGreaterThan(before + 256 * 2000)
    // The catalog stays whole and readable from this connection.
    expect(t.engine.db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(t.call('package_show', t.anonymous, { id: 'set-255' }).notes).toHaveLength(2000)
  })
})
