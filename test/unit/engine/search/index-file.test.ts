/**
 * The search index's own file (search/index-file.ts): a catalog from before
 * migration 0019 moves its index there, and an index file that is missing,
 * built from another catalog, or ahead of this one is emptied and filled
 * again from the queue.
 */
import Database from 'better-sqlite3'
import { copyFileSync, existsSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Engine } from '../../../../electron/engine/engine.ts'
import { indexSchemaSql } from '../../../../electron/engine/search/index-file.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

const opened: TestEngine[] = []
let reopened: Engine | undefined
afterEach(() => {
  reopened?.close()
  reopened = undefined
  for (const t of opened.splice(0)) t.close()
})

function seeded(): TestEngine {
  const t = testEngine({ onDisk: true })
  opened.push(t)
  t.call('organization_create', t.sysadmin, { name: 'org' })
  for (const [name, tag] of [['aa', 'water'], ['bb', 'water'], ['cc', 'air']]) {
    t.call('package_create', t.sysadmin, { name, owner_org: 'org', tags: [{ name: tag }], resources: [{ url: `http://example.org/${name}.csv`, format: 'CSV' }] })
  }
  return t
}

const answers = (engine: Engine) => {
  const search = (params: Record<string, unknown>): any => engine.call('package_search', engine.anonymous(), { sort: 'name asc', ...params })
  return {
    water: search({ fq: 'tags:water' }).results.map((d: { name: string }) => d.name),
    csv: search({ q: 'res_format:CSV' }).count,
    facets: search({ 'facet.field': '["tags"]', rows: 0 }).search_facets,
  }
}

/** Opens the catalog in `dataDir`, expecting a line on stderr that contains `notice`. */
function openSaying(dataDir: string, notice: string): Engine {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  try {
    const engine = Engine.open({ dataDir })
    expect(errors).toHaveBeenCalledWith(expect.stringContaining(notice))
    return engine
  } finally {
    errors.mockRestore()
  }
}

const removeIndexFile = (dir: string) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `search-index.sqlite${suffix}`), { force: true })
}

describe('the search index file', () => {
  it('takes the index of a catalog from before migration 0019 out of catalog.sqlite and fills it again', () => {
    const t = seeded()
    const before = answers(t.engine)
    t.engine.close()
    // The catalog as 0018 left it: the index tables in the catalog file, the queue keyed by dataset only.
    const raw = new Database(join(t.dataDir!, 'catalog.sqlite'))
    raw.exec(/-- rebuild:begin\n([\s\S]*?)-- rebuild:end/.exec(indexSchemaSql())![1])
    raw.exec(`DROP TABLE search_queue; CREATE TABLE search_queue (package_id TEXT PRIMARY KEY) WITHOUT ROWID;
      DELETE FROM settings WHERE key = 'search.store_id';
      PRAGMA user_version = 18;`)
    // An index's worth of pages (the real tables held about half of a catalog file).
    raw.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
      INSERT INTO search_values (field, value) SELECT 'pad', hex(randomblob(400)) || i FROM n`)
    raw.pragma('wal_checkpoint(TRUNCATE)')
    raw.close()
    removeIndexFile(t.dataDir!)
    const catalogFile = join(t.dataDir!, 'catalog.sqlite')
    const sizeBefore = statSync(catalogFile).size

    reopened = openSaying(t.dataDir!, 'rewriting the catalog file once')
    reopened.db.pragma('wal_checkpoint(TRUNCATE)')
    // The freed pages are given back: the file shrinks by more than the padding's 4 MB.
    expect(sizeBefore - statSync(catalogFile).size).toBeGreaterThan(4_000_000)
    expect(reopened.db.pragma('temp_store', { simple: true })).toBe(2)
    expect(reopened.db.prepare("SELECT count(*) FROM main.sqlite_master WHERE name LIKE 'search_%' AND name <> 'search_queue'").pluck().get()).toBe(0)
    expect(existsSync(join(t.dataDir!, 'search-index.sqlite'))).toBe(true)
    expect(answers(reopened)).toEqual(before)
    expect(before.water).toEqual(['aa', 'bb'])
  })

  it('fills a deleted index file again', () => {
    const t = seeded()
    const before = answers(t.engine)
    t.engine.close()
    removeIndexFile(t.dataDir!)
    reopened = Engine.open({ dataDir: t.dataDir })
    expect(answers(reopened)).toEqual(before)
  })

  it('replaces an index file SQLite cannot read, and says so', () => {
    const t = seeded()
    const before = answers(t.engine)
    t.engine.close()
    removeIndexFile(t.dataDir!)
    writeFileSync(join(t.dataDir!, 'search-index.sqlite'), 'not a database '.repeat(1000))
    reopened = openSaying(t.dataDir!, 'search index file could not be read')
    expect(answers(reopened)).toEqual(before)
  })

  it('empties an index file of another shape (written by another version)', () => {
    const t = seeded()
    const before = answers(t.engine)
    t.engine.db.exec("UPDATE search_state SET value = 0 WHERE key = 'schema'; DELETE FROM search_docs")
    t.engine.close()
    reopened = Engine.open({ dataDir: t.dataDir })
    expect(answers(reopened)).toEqual(before)
  })

  it("empties an index file built from another catalog instead of answering from it", () => {
    const t = seeded()
    const other = testEngine({ onDisk: true })
    opened.push(other)
    other.call('organization_create', other.sysadmin, { name: 'org' })
    other.call('package_create', other.sysadmin, { name: 'elsewhere', owner_org: 'org', tags: [{ name: 'water' }] })
    other.engine.catchUpSearchIndex()
    other.engine.close()
    const before = answers(t.engine)
    t.engine.close()
    removeIndexFile(t.dataDir!)
    copyFileSync(join(other.dataDir!, 'search-index.sqlite'), join(t.dataDir!, 'search-index.sqlite'))
    reopened = Engine.open({ dataDir: t.dataDir })
    expect(answers(reopened)).toEqual(before)
  })

  it('empties an index file that holds more than the catalog ever queued (a catalog restored from an older copy)', () => {
    const t = seeded()
    const copy = join(t.dataDir!, 'older.sqlite')
    t.engine.db.pragma('wal_checkpoint(TRUNCATE)')
    copyFileSync(join(t.dataDir!, 'catalog.sqlite'), copy)
    t.call('package_create', t.sysadmin, { name: 'dd', owner_org: 'org', tags: [{ name: 'water' }] })
    t.call('package_patch', t.sysadmin, { id: 'aa', tags: [{ name: 'air' }] })
    expect(answers(t.engine).water).toEqual(['bb', 'dd'])
    t.engine.close()
    copyFileSync(copy, join(t.dataDir!, 'catalog.sqlite'))
    reopened = Engine.open({ dataDir: t.dataDir })
    expect(answers(reopened).water).toEqual(['aa', 'bb'])
  })
})
