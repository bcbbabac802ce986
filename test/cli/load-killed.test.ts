/**
 * A `load` of 10,000 datasets killed with SIGKILL part-way leaves a sound
 * database in which every dataset is complete or absent.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { Engine } from '../../electron/engine/engine.ts'
import { unpackJson, type StoredJson } from '../../electron/engine/db/packed-json.ts'
import type { PackageDict } from '../../electron/engine/packages/store.ts'
import { ensureSiteUser } from '../../electron/engine/users/site-user.ts'
import { writeDatasetsFile } from './datasets-file.ts'
import { spawnCli, tempDataDir, waitForLine } from './run-cli.ts'

const data = tempDataDir()
afterAll(() => rmSync(data, { recursive: true, force: true }))

describe('load killed mid-way', () => {
  it('leaves every dataset whole or absent, and the database intact', { timeout: 120_000 }, async () => {
    const engine = Engine.open({ dataDir: data })
    engine.call('organization_create', ensureSiteUser(engine), { name: 'gauges' })
    engine.close()
    const file = join(data, 'datasets.jsonl')
    writeDatasetsFile(file, 10_000, 'gauges')

    const child = spawnCli(['load', 'datasets', file, '--data', data])
    // The first committed transaction is reported on stderr; kill right after it, in the middle of the next one.
    const committed = Number(await waitForLine(child, /datasets: (\d+) read/, 'stderr'))
    const exited = new Promise((resolve) => child.on('close', (_code, signal) => resolve(signal)))
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')

    const db = new Database(join(data, 'catalog.sqlite'))
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.pragma('foreign_key_check')).toEqual([])
      const rows = db.prepare('SELECT id, name, data FROM packages').all() as { id: string; name: string; data: StoredJson }[]
      expect(rows.length).toBeGreaterThanOrEqual(committed)
      expect(rows.length).toBeLessThan(10_000)
      const resourceCount = db.prepare("SELECT count(*) AS n FROM resources WHERE package_id = ? AND state = 'active'")
      for (const row of rows) {
        const dict = unpackJson(row.data) as PackageDict
        expect(dict.resources, row.name).toHaveLength(5)
        expect((resourceCount.get(row.id) as { n: number }).n, row.name).toBe(5)
        expect(dict.tags, row.name).toHaveLength(5)
      }
      const orphanResources = db.prepare('SELECT count(*) AS n FROM resources WHERE package_id NOT IN (SELECT id FROM packages)').get() as { n: number }
      expect(orphanResources.n).toBe(0)
    } finally {
      db.close()
    }

    // The engine reads what survived, and a second load finishes the job by name.
    const reopened = Engine.open({ dataDir: data })
    try {
      const shown = reopened.call('package_show', ensureSiteUser(reopened), { id: 'load-test-0' }) as { num_resources: number; num_tags: number }
      expect(shown).toMatchObject({ num_resources: 5, num_tags: 5 })
    } finally {
      reopened.close()
    }
  })
})
