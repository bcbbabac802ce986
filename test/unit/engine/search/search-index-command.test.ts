/** `shelfmark search-index rebuild` as a user runs it: the real CLI in its own process. */
import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { Engine } from '../../../../electron/engine/engine.ts'
import { addSysadmin } from '../../../../electron/engine/users/create-sysadmin.ts'
import { runCli, tempDataDir } from '../../../cli/run-cli.ts'

const data = tempDataDir()
afterAll(() => rmSync(data, { recursive: true, force: true }))

describe('shelfmark search-index', () => {
  it('rebuilds the index of a data directory', async () => {
    const engine = Engine.open({ dataDir: data })
    addSysadmin(engine, { name: 'admin', email: 'admin@example.org' })
    const admin = engine.asUser('admin')
    engine.call('organization_create', admin, { name: 'org' })
    for (const name of ['alpha', 'beta']) engine.call('package_create', admin, { name, owner_org: 'org', tags: [{ name: 'greek' }] })
    engine.db.exec('DELETE FROM search_terms; DELETE FROM search_fts')
    engine.close()

    const run = await runCli(['search-index', 'rebuild', '--data', data])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Indexed 2 datasets/)

    const reopened = Engine.open({ dataDir: data })
    try {
      const result = reopened.call('package_search', reopened.anonymous(), { q: 'tags:greek' }) as { count: number }
      expect(result.count).toBe(2)
    } finally {
      reopened.close()
    }
  })
  it('refuses an unknown subcommand with its usage', async () => {
    const run = await runCli(['search-index', 'optimise', '--data', data])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('search-index rebuild')
  })
})
