/**
 * JSON text as the activity table stores it: deflated once it is long enough
 * for that to pay (a dataset dict shrinks about fourfold), plain text below.
 * Readers take either, so rows written before a change of rule still read.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Sqlite } from './open.ts'

/** JSON this long or longer is deflated; below it, deflating costs more than it saves. */
const deflateFrom = 1024

/** The stored form of a JSON text. */
export function packJsonText(text: string): Buffer | string {
  return text.length < deflateFrom ? text : deflateRawSync(text)
}

/** The value of a stored JSON text (deflated or plain). */
export function unpackJson(stored: Buffer | string): unknown {
  return JSON.parse(typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8'))
}

/** `pack_json(text)` in SQL, for the triggers that keep old dataset dicts in activity rows (migration 0008). */
export function registerPackJson(db: Sqlite): void {
  db.function('pack_json', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? packJsonText(value) : value))
}
