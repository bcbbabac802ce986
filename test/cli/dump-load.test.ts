/**
 * dump → load → dump moves a catalog between data directories in ckanapi's
 * JSON-lines format, every field intact but what the server manages.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../electron/cli/main.ts'
import { Engine } from '../../electron/engine/engine.ts'
import { ensureSiteUser } from '../../electron/engine/users/site-user.ts'
import { runCli, tempDataDir } from './run-cli.ts'

const source = tempDataDir()
const target = tempDataDir()
afterAll(() => {
  rmSync(source, { recursive: true, force: true })
  rmSync(target, { recursive: true, force: true })
})

/** Fields the receiving catalog sets itself (tags are looked up by name, so their ids are local too). */
const serverManaged = new Set(['metadata_created', 'metadata_modified', 'creator_user_id', 'created', 'revision_id'])

function comparable(value: unknown, parent = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => comparable(item, parent))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !serverManaged.has(key) && !(parent === 'tags' && key === 'id'))
      .map(([key, item]) => [key, comparable(item, key)]),
  )
}

/** Runs `work` with standard error silenced (progress lines). */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    return await work()
  } finally {
    spy.mockRestore()
  }
}

function records(file: string): any[] {
  return readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
}

describe('dump and load', () => {
  it('round-trips organizations, groups and datasets, private and custom fields included', { timeout: 120_000 }, async () => {
    const engine = Engine.open({ dataDir: source })
    const site = ensureSiteUser(engine)
    engine.call('organization_create', site, { name: 'river-authority', title: 'River Authority', description: 'Gauges' })
    engine.call('group_create', site, { name: 'water', title: 'Water' })
    engine.call('package_create', site, {
      name: 'river-levels',
      title: 'River levels — ñandú',
      owner_org: 'river-authority',
      notes: 'Daily levels',
      tags: [{ name: 'water' }, { name: 'rivers' }],
      extras: [{ key: 'frequency', value: 'daily' }],
      groups: [{ name: 'water' }],
      resources: [{ name: 'CSV', url: 'https://example.org/levels.csv', format: 'CSV' }],
      custom_scheming_field: { en: 'English', fr: 'Français' },
    })
    engine.call('package_create', site, { name: 'secret-gauges', owner_org: 'river-authority', private: true })
    engine.close()

    // Organizations and groups go through main() in this process; datasets through the real bin.
    for (const thing of ['organizations', 'groups']) {
      expect(await quietly(() => main(['dump', thing, '-O', join(source, `${thing}.jsonl`), '--data', source]))).toBe(0)
    }
    const dumped = await runCli(['dump', 'datasets', '-O', join(source, 'datasets.jsonl'), '--data', source])
    expect(dumped.code, dumped.stderr).toBe(0)
    const dumpedDatasets = records(join(source, 'datasets.jsonl'))
    expect(dumpedDatasets.map((dataset) => dataset.name)).toEqual(['river-levels', 'secret-gauges'])
    const firstLine = readFileSync(join(source, 'datasets.jsonl'), 'utf8').split('\n')[0]
    expect(firstLine).toBe(JSON.stringify(JSON.parse(firstLine))) // compact
    expect(Object.keys(dumpedDatasets[0])).toEqual(Object.keys(dumpedDatasets[0]).sort()) // keys sorted

    for (const thing of ['organizations', 'groups']) {
      expect(await quietly(() => main(['load', thing, join(source, `${thing}.jsonl`), '--data', target]))).toBe(0)
    }
    const loaded = await runCli(['load', 'datasets', join(source, 'datasets.jsonl'), '--data', target])
    expect(loaded.code, loaded.stderr).toBe(0)
    expect(loaded.stderr).toContain('2 read, 2 created, 0 updated, 0 failed')
    const redump = await runCli(['dump', 'datasets', '-O', join(target, 'datasets.jsonl'), '--data', target])
    expect(redump.code, redump.stderr).toBe(0)
    const reloaded = records(join(target, 'datasets.jsonl'))
    expect(comparable(reloaded)).toEqual(comparable(dumpedDatasets))
    expect(reloaded[0].custom_scheming_field).toEqual({ en: 'English', fr: 'Français' })
    expect(reloaded[1].private).toBe(true)
  })

  it('updates records found by name, and reports bad lines without stopping', { timeout: 60_000 }, async () => {
    const file = join(target, 'changes.jsonl')
    const [riverLevels] = records(join(target, 'datasets.jsonl'))
    const changed = { ...riverLevels, id: undefined, notes: 'Hourly levels now' }
    writeFileSync(
      file,
      [JSON.stringify(changed), '{not json', JSON.stringify({ name: 'Bad Name!', owner_org: 'river-authority' }), '[1]', ''].join('\n'),
    )
    const loaded = await runCli(['load', 'datasets', file, '--data', target])
    expect(loaded.code).toBe(1)
    expect(loaded.stderr).toContain('4 read, 0 created, 1 updated, 3 failed')
    expect(loaded.stderr).toMatch(/line 2: read failed/)
    expect(loaded.stderr).toMatch(/line 3: package_create failed: Validation Error/)
    const engine = Engine.open({ dataDir: target })
    try {
      const shown = engine.call('package_show', ensureSiteUser(engine), { id: 'river-levels' }) as { id: string; notes: string }
      expect(shown).toMatchObject({ id: riverLevels.id, notes: 'Hourly levels now' })
    } finally {
      engine.close()
    }
  })
})
