/**
 * `load`, as ckanapi's load does it: each line's record is looked up by id,
 * then by name; an existing record is updated (taking its id), a new one
 * created. Unlike ckanapi it writes up to 1,000 records per transaction, so
 * a killed process leaves every record either complete or absent. A
 * transaction also ends after a second, so a server sharing the data
 * directory never waits long for the write lock.
 *
 * A failing record is skipped whole. A batch is first tried as it comes, all
 * records in one go; if one fails, that attempt is rolled back and the batch
 * is redone with each record in its own savepoint, and so are the batches
 * after it. A savepoint keeps a copy of every page its record changes (about
 * 25), which cost a clean load about a fifth of its time.
 */
import { inSavepoint } from '../engine/db/transaction-wrapper.ts'
import type { Caller, Engine } from '../engine/engine.ts'
import { checkDataShape, defaultLimits } from '../server/limits.ts'
import type { Thing } from './catalog-things.ts'
import { errorText } from './error-text.ts'
import type { UnreadableLine } from './jsonl.ts'

/** Counts of what a load did so far. */
export type LoadReport = { read: number; created: number; updated: number; failed: number }

export type LoadOptions = {
  /** Records per transaction at most (default 1,000). */
  batchSize?: number
  /** Time one transaction may hold the write lock before it commits (default 1,000 ms). */
  batchMs?: number
  /** Called after each committed batch. */
  onBatch?(report: LoadReport): void
  /** Called for each record that failed, with its line number. */
  onFailure?(line: number, action: string, message: string): void
  /**
   * As ckanapi's --create-only / --update-only: 'create' looks nothing up and
   * creates every record (one whose id or name is taken fails); 'update'
   * skips a record found by neither id nor name as a failed 'show'.
   */
  only?: 'create' | 'update'
}

/** Loads JSON lines into the catalog as `caller`; resolves to the final counts. */
export async function loadRecords(
  engine: Engine,
  caller: Caller,
  thing: Thing,
  lines: AsyncIterable<string | UnreadableLine>,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const batchSize = options.batchSize ?? 1000
  const batchMs = options.batchMs ?? 1000
  const report: LoadReport = { read: 0, created: 0, updated: 0, failed: 0 }
  let batch: [number, string][] = []
  let lineNumber = 0
  // Once a record has failed, the file may hold more such: every later batch takes savepoints. So
  // does a load inside a transaction already open, which is not this load's to roll back.
  let careful = engine.db.inTransaction
  const flush = () => {
    while (batch.length > 0) {
      let done: number | null = careful ? null : applyBatch(engine, caller, thing, batch, report, options, Date.now() + batchMs, 'whole')
      if (done === null) {
        careful = true
        done = applyBatch(engine, caller, thing, batch, report, options, Date.now() + batchMs, 'each') as number
      }
      batch = batch.slice(done)
      options.onBatch?.(report)
    }
  }
  for await (const line of lines) {
    lineNumber += 1
    if (typeof line !== 'string') {
      // Nothing was read from it: counted and reported at once, before the batch it falls in.
      report.read += 1
      report.failed += 1
      options.onFailure?.(lineNumber, 'read', line.unreadable)
      continue
    }
    if (line.trim() === '') continue
    if (batch.length === 0 && report.read === 0 && (line.trim() === '{' || line.trim() === '[')) throw new NotJsonLines()
    batch.push([lineNumber, line])
    if (batch.length >= batchSize) flush()
  }
  flush()
  return report
}

/**
 * A file whose first line opens a JSON document spread over many lines (a
 * pretty-printed dump, or an API answer saved whole): every line would fail
 * on its own, so the load stops at once and says what it wants instead.
 */
export class NotJsonLines extends Error {
  constructor() {
    super('the file is one JSON document over many lines; load reads one JSON object per line (jq -c ".[]" FILE turns a list into lines, jq -c . FILE one object)')
  }
}

type Outcome = { line: number; action: string; error?: string }

/** Thrown out of a 'whole' batch's transaction (rolling it back) when one of its records fails. */
class RecordFailed extends Error {}

/**
 * One transaction over the batch, or over its first part when the deadline
 * passes; returns how many lines it applied, or null when a record failed in
 * a 'whole' batch (nothing was written). 'each' gives every record its own
 * savepoint. The counts change only once it committed.
 */
function applyBatch(
  engine: Engine,
  caller: Caller,
  thing: Thing,
  batch: [number, string][],
  report: LoadReport,
  options: LoadOptions,
  deadline: number,
  records: 'whole' | 'each',
): number | null {
  let outcomes: Outcome[]
  try {
    outcomes = engine.transaction(() => {
      const applied: Outcome[] = []
      for (const [line, text] of batch) {
        applied.push(applyLine(engine, caller, thing, line, text, records, options.only))
        if (Date.now() > deadline) break
      }
      return applied
    })
  } catch (error) {
    if (error instanceof RecordFailed) return null
    throw error
  }
  for (const outcome of outcomes) {
    report.read += 1
    if (outcome.error !== undefined) {
      report.failed += 1
      options.onFailure?.(outcome.line, outcome.action, outcome.error)
    } else if (outcome.action === thing.update) report.updated += 1
    else report.created += 1
  }
  return outcomes.length
}

function applyLine(
  engine: Engine,
  caller: Caller,
  thing: Thing,
  line: number,
  text: string,
  records: 'whole' | 'each',
  only: LoadOptions['only'],
): Outcome {
  let record: Record<string, unknown>
  try {
    record = parseRecord(text)
  } catch (error) {
    // Nothing was written for it: the batch goes on either way.
    return { line, action: 'read', error: errorText(error) }
  }
  const existingId = only === 'create' ? undefined : (lookUp(engine, thing, record.id) ?? lookUp(engine, thing, record.name))
  if (!existingId && only === 'update') {
    // Nothing was written for it: the batch goes on either way (ckanapi answers show NotFound [id, name]).
    return { line, action: thing.show, error: `Not found: no ${thing.name.replace(/s$/, '')} with id ${JSON.stringify(record.id ?? null)} or name ${JSON.stringify(record.name ?? null)}` }
  }
  const action = existingId ? thing.update : thing.create
  const write = () => {
    if (existingId) prepareUpdate(engine, caller, thing, record, existingId)
    engine.call(action, caller, record)
  }
  try {
    // A nested transaction is a savepoint: a failing record rolls back alone.
    if (records === 'each') inSavepoint(engine.db, write)
    else write()
    return { line, action }
  } catch (error) {
    if (records === 'whole') throw new RecordFailed(errorText(error))
    return { line, action, error: errorText(error) }
  }
}

function parseRecord(text: string): Record<string, unknown> {
  const record: unknown = JSON.parse(text)
  if (Array.isArray(record)) throw new Error('the line is a JSON list, not an object: load reads one JSON object per line (jq -c ".[]" FILE turns a list into lines)')
  if (typeof record !== 'object' || record === null) throw new Error('the line is not a JSON object')
  checkDataShape(record, defaultLimits)
  return record as Record<string, unknown>
}

function lookUp(engine: Engine, thing: Thing, ref: unknown): string | undefined {
  return typeof ref === 'string' && ref !== '' ? thing.findId(engine.db, ref) : undefined
}

/** As ckanapi: update the record found (its id wins); organizations and groups keep their members unless the line lists them. */
function prepareUpdate(engine: Engine, caller: Caller, thing: Thing, record: Record<string, unknown>, id: string) {
  record.id = id
  if (thing.name !== 'datasets' && !('users' in record)) {
    const existing = engine.call(thing.show, caller, { id, include_datasets: false, include_users: true })
    record.users = (existing as { users?: unknown }).users ?? []
  }
}
