/** `shelfmark load datasets FILE`: creates or updates records from ckanapi JSON lines. */
import { existsSync } from 'node:fs'
import { Engine } from '../../engine/engine.ts'
import { dataOption, parseArguments, UsageError } from '../args.ts'
import { thingNamed } from '../catalog-things.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'
import { readLines } from '../jsonl.ts'
import { loadRecords, type LoadReport } from '../load-records.ts'
import { siteCaller } from '../site-user.ts'

export const load: Command = {
  name: 'load',
  usage: `shelfmark load datasets|organizations|groups FILE [-n | -o] [--batch-size N] [--data DIR]
  Reads one JSON object per line (ckanapi's dump format; FILE "-" is standard
  input). As ckanapi load: a record found by id, else by name, is updated
  (*_update, a full replace), otherwise created (*_create, keeping its id).
  Organizations and groups named by datasets must exist first: load them
  before the datasets. As ckanapi's, -n (--create-only) creates every record
  without looking it up (one whose id or name is taken fails) and -o
  (--update-only) updates records found and reports the others. Up to N records per transaction (default 1,000; a
  transaction also commits after a second, so a running server is not kept
  waiting); failures are reported on standard error and skipped. Exit code 1
  when any record failed.`,
  async run(args) {
    const { values, positionals } = parseArguments(
      args,
      {
        ...dataOption,
        'batch-size': { type: 'string' },
        'create-only': { type: 'boolean', short: 'n' },
        'update-only': { type: 'boolean', short: 'o' },
      },
      { min: 2, max: 2 },
    )
    const batchSize = parseBatchSize(values['batch-size'] ?? '1000')
    if (values['create-only'] && values['update-only']) throw new UsageError('choose one of --create-only and --update-only')
    const only = values['create-only'] ? 'create' : values['update-only'] ? 'update' : undefined
    const thing = thingNamed(positionals[0]) ?? fail(positionals[0])
    // Before the catalog is opened (and, in a new folder, created): a mistyped FILE leaves nothing behind.
    if (positionals[1] !== '-' && !existsSync(positionals[1])) throw new UsageError(`no such file: ${positionals[1]}`)
    // The index thread indexes each batch for search while the next one is written.
    const engine = Engine.open({ dataDir: resolveDataDir(values.data), indexThread: true })
    try {
      const started = Date.now()
      const rate = (report: LoadReport) => Math.round(report.read / Math.max((Date.now() - started) / 1000, 0.001))
      const report = await loadRecords(engine, siteCaller(engine), thing, readLines(positionals[1]), {
        batchSize,
        only,
        onBatch: (progress) => process.stderr.write(`${thing.name}: ${summary(progress)} (${rate(progress)}/s)\n`),
        onFailure: (line, action, message) => process.stderr.write(`line ${line}: ${action} failed: ${message}\n`),
      })
      process.stderr.write(`${thing.name}: done, ${summary(report)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
      // What the index thread has not reached yet is indexed now, so searches find every record at once.
      const indexing = Date.now()
      const left = engine.catchUpSearchIndex()
      if (left > 0) process.stderr.write(`${thing.name}: the last ${left} indexed for search in ${((Date.now() - indexing) / 1000).toFixed(1)} s\n`)
      return report.failed > 0 ? 1 : 0
    } finally {
      engine.close()
    }
  },
}

function summary(report: LoadReport): string {
  return `${report.read} read, ${report.created} created, ${report.updated} updated, ${report.failed} failed`
}

function parseBatchSize(text: string): number {
  const size = Number(text)
  if (!/^\d+$/.test(text) || size < 1 || size > 100_000) throw new UsageError(`Not a batch size (1 to 100000): ${text}`)
  return size
}

function fail(name: string): never {
  throw new UsageError(`cannot load "${name}": choose datasets, organizations or groups`)
}
