import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Engine } from '../../../../electron/engine/engine.ts'
import { addSysadmin } from '../../../../electron/engine/users/create-sysadmin.ts'

describe('migration 0017: datasets with *_date fields are indexed again', () => {
  it('queues the datasets holding a date field, and a search then finds them by date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shelfmark-0017-'))
    let engine = Engine.open({ dataDir: dir })
    addSysadmin(engine, { name: 'admin', email: 'admin@example.org' })
    const admin = engine.asUser('admin')
    engine.call('organization_create', admin, { name: 'org' })
    const dated = engine.call('package_create', admin, { name: 'dated', owner_org: 'org', extras: [{ key: 'release_date', value: '2014-03-22' }] }) as { id: string }
    engine.call('package_create', admin, { name: 'plain', owner_org: 'org', notes: 'no dates here' })
    engine.catchUpSearchIndex()
    // As a catalog indexed before 0017 stands: its date entry holds what an older index wrote.
    engine.db.prepare("UPDATE search_terms SET value = 'stale' WHERE value LIKE '2014-03-22%'").run()
    engine.db.pragma('user_version = 16')
    engine.close()

    engine = Engine.open({ dataDir: dir })
    expect(engine.db.prepare('SELECT package_id FROM search_queue').pluck().all()).toEqual([dated.id])
    const found = engine.call('package_search', engine.asUser('admin'), { fq: 'extras_release_date:[2014-03-22T00:00:00Z TO 2014-03-22T00:00:00Z]' }) as { results: { name: string }[] }
    expect(found.results.map((r) => r.name)).toEqual(['dated'])
    engine.close()
    rmSync(dir, { recursive: true, force: true })
  })
})
