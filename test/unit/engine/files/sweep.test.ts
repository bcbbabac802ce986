import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Engine } from '../../../../electron/engine/engine.ts'
import { sql } from '../../../../electron/engine/db/statements.ts'
import { sweepFileStore } from '../../../../electron/engine/files/sweep.ts'
import { ckanNow, newId } from '../../../../electron/engine/time.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

let t: TestEngine
beforeEach(() => {
  t = testEngine({ onDisk: true })
})
afterEach(() => t.close())

/** A dataset row with one resource row, straight into the tables (the sweep reads only the resources table). */
function resourceRow(state: string, urlType: string | null): string {
  const packageId = newId()
  const now = ckanNow()
  sql(t.engine.db, `INSERT INTO packages (id, name, metadata_created, metadata_modified, data) VALUES (?, ?, ?, ?, '{}')`).run(
    packageId,
    `p-${packageId}`,
    now,
    now,
  )
  const id = newId()
  sql(t.engine.db, 'INSERT INTO resources (id, package_id, position, state, url_type) VALUES (?, ?, 0, ?, ?)').run(
    id,
    packageId,
    state,
    urlType,
  )
  return id
}

function storeFile(id: string, name = 'data.csv'): void {
  mkdirSync(join(t.dataDir!, 'files', id), { recursive: true })
  writeFileSync(join(t.dataDir!, 'files', id, name), 'x')
}

describe('sweepFileStore', () => {
  it('keeps the files of active uploads and removes folders without one', () => {
    const live = resourceRow('active', 'upload')
    const deleted = resourceRow('deleted', 'upload')
    const link = resourceRow('active', null)
    for (const id of [live, deleted, link, newId(), 'not..an-id']) storeFile(id)
    const report = sweepFileStore(t.dataDir!, t.engine.db)
    expect(report.resourceFolders).toBe(4)
    expect(readdirSync(join(t.dataDir!, 'files')).sort()).toEqual([live])
  })

  it('removes stale temporary uploads but not fresh ones (another process may be writing)', () => {
    const tmp = join(t.dataDir!, 'files', 'tmp')
    mkdirSync(tmp, { recursive: true })
    writeFileSync(join(tmp, 'old.upload'), 'x')
    writeFileSync(join(tmp, 'new.upload'), 'x')
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000)
    utimesSync(join(tmp, 'old.upload'), twoHoursAgo, twoHoursAgo)
    expect(sweepFileStore(t.dataDir!, t.engine.db).tempFiles).toBe(1)
    expect(readdirSync(tmp)).toEqual(['new.upload'])
    expect(sweepFileStore(t.dataDir!, t.engine.db, { tmpMaxAgeMs: 0 }).tempFiles).toBe(1)
    expect(readdirSync(tmp)).toEqual([])
  })

  it('runs when an engine opens its data directory (what a crash left is gone)', () => {
    const live = resourceRow('active', 'upload')
    storeFile(live)
    storeFile(newId())
    const second = Engine.open({ dataDir: t.dataDir! })
    second.close()
    expect(readdirSync(join(t.dataDir!, 'files'))).toEqual([live])
  })
})
