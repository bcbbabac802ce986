/**
 * `dump`, in ckanapi's format: every active record's *_show dict, one sorted,
 * compact JSON object per line, in name order. Read 1,000 at a time inside
 * one read transaction each, then written with back-pressure.
 */
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import type { Caller, Engine } from '../engine/engine.ts'
import { NotFound } from '../engine/errors.ts'
import type { Thing } from './catalog-things.ts'
import { jsonLine } from './jsonl.ts'

/** Writes every record of `thing` to `out`; resolves to how many were written. */
export async function dumpRecords(
  engine: Engine,
  caller: Caller,
  thing: Thing,
  out: Writable,
  onProgress?: (written: number, total: number) => void,
): Promise<number> {
  const ids = thing.listIds(engine.db)
  let written = 0
  for (let start = 0; start < ids.length; start += 1000) {
    const lines = engine.db
      .transaction(() => ids.slice(start, start + 1000).map((id) => showLine(engine, caller, thing, id)))
      .deferred()
    for (const line of lines) {
      if (line === null) continue
      written += 1
      if (!out.write(line)) await once(out, 'drain')
    }
    onProgress?.(written, ids.length)
  }
  return written
}

function showLine(engine: Engine, caller: Caller, thing: Thing, id: string): string | null {
  try {
    return jsonLine(engine.call(thing.show, caller, { id, ...thing.showParams }))
  } catch (error) {
    if (error instanceof NotFound) return null // purged since the list was read
    throw error
  }
}
