/**
 * loadRecords tries each batch whole, and redoes a batch with a failing
 * record one savepoint per record (electron/cli/load-records.ts). The redo
 * must start from nothing: no record of the first attempt may survive it
 * twice, in part, or in the activity stream.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { things } from '../../electron/cli/catalog-things.ts'
import { loadRecords } from '../../electron/cli/load-records.ts'
import { haveFixtures } from '../helpers/portal-datasets.ts'
import { testEngine, type TestEngine } from '../helpers/test-engine.ts'

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/ckan/package_show')

/** Real portal datasets, renamed apart, in the portal's organization. */
function portalDatasets(t: TestEngine, count: number): Record<string, any>[] {
  const body = JSON.parse(readFileSync(join(fixturesDir, 'package_show.data-gov-uk.2018-03.ckan2.6.archiver-qa-broken-link.json'), 'utf8'))
  const dict = body.result ?? body
  t.call('organization_create', t.sysadmin, { id: dict.organization.id, name: dict.organization.name, title: dict.organization.title })
  return Array.from({ length: count }, (_, i) => {
    const copy = structuredClone(dict)
    delete copy.id
    copy.name = `${dict.name}-${i}`
    copy.resources = copy.resources.map(({ id: _id, package_id: _p, ...resource }: Record<string, unknown>) => resource)
    return copy
  })
}

async function* linesOf(texts: string[]): AsyncIterable<string> {
  yield* texts
}

let t: TestEngine
afterEach(() => t.close())

describe.skipIf(!haveFixtures)('loadRecords', () => {
  it('redoes a batch with a failing record one record at a time, keeping the good ones once', async () => {
    t = testEngine({ onDisk: true })
    const datasets = portalDatasets(t, 7)
    const lines = [
      ...datasets.slice(0, 3), // batch 1: clean, written whole
      datasets[3], { name: 'Not A Valid Name!', owner_org: datasets[0].owner_org }, datasets[4], // batch 2: fails whole, redone
      datasets[5], '{not json', datasets[6], // batch 3: taken record by record from then on
    ].map((line) => (typeof line === 'string' ? line : JSON.stringify(line)))
    const failures: [number, string, string][] = []
    const report = await loadRecords(t.engine, t.sysadmin, things.datasets, linesOf(lines), {
      batchSize: 3,
      onFailure: (line, action, message) => failures.push([line, action, message]),
    })

    expect(report).toEqual({ read: 9, created: 7, updated: 0, failed: 2 })
    expect(failures.map(([line, action]) => [line, action])).toEqual([[5, 'package_create'], [8, 'read']])
    expect(failures[0][2]).toContain('Validation Error')
    const names = t.engine.db.prepare('SELECT name FROM packages ORDER BY name').pluck().all()
    expect(names).toEqual(datasets.map((dataset) => dataset.name).sort())
    // One activity per dataset: the rolled-back attempt left none behind.
    const activities = t.engine.db.prepare("SELECT count(*) FROM activities WHERE activity_type = 'new package'").pluck().get()
    expect(activities).toBe(7)
    const resources = t.engine.db.prepare('SELECT count(*) FROM resources').pluck().get()
    expect(resources).toBe(7 * datasets[0].resources.length)
    const found = t.call('package_search', t.sysadmin, { q: '*:*', rows: 0 })
    expect(found.count).toBe(7)
  })

  it('reports the same failures whichever way a batch was written', async () => {
    t = testEngine({ onDisk: true })
    const datasets = portalDatasets(t, 2)
    const lines = [datasets[0], { name: 'x', owner_org: 'no-such-org' }, datasets[1]].map((line) => JSON.stringify(line))
    const failures: string[] = []
    const report = await loadRecords(t.engine, t.sysadmin, things.datasets, linesOf(lines), {
      onFailure: (line, action, message) => failures.push(`${line} ${action} ${message}`),
    })
    expect(report).toEqual({ read: 3, created: 2, updated: 0, failed: 1 })
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatch(/^2 package_create Validation Error/)
  })
})
