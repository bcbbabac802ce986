/**
 * Stored JSON (db/packed-json.ts): dataset dicts and activity data packed
 * with zstd against a fixed dictionary, read back byte for byte, whatever
 * form a row was written in.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateRawSync } from 'node:zlib'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { jsonDictionaryV1 } from '../../../../electron/engine/db/json-dictionary.ts'
import { packJsonText, registerPackJson, unpackJson, unpackJsonText } from '../../../../electron/engine/db/packed-json.ts'
import { haveFixtures } from '../../../helpers/portal-datasets.ts'

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/fixtures/ckan/package_show')

/** The real portals' dataset dicts, as JSON text. */
function portalDicts(): string[] {
  return readdirSync(fixturesDir).flatMap((file) => {
    const body = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8'))
    const result = 'result' in body ? body.result : body
    return (Array.isArray(result) ? result : [result]).map((dict: unknown) => JSON.stringify(dict))
  })
}

describe('packed JSON', () => {
  it.skipIf(!haveFixtures)('gives back every real portal dict exactly, in well under half the bytes', () => {
    const dicts = portalDicts()
    expect(dicts.length).toBeGreaterThan(10)
    let text = 0
    let packed = 0
    for (const dict of dicts) {
      const stored = packJsonText(dict)
      expect(Buffer.isBuffer(stored)).toBe(true)
      expect(unpackJsonText(stored)).toBe(dict)
      text += Buffer.byteLength(dict)
      packed += stored.length
    }
    expect(packed / text).toBeLessThan(0.35) // 0.27 when written
  })

  it('keeps short JSON as text, and reads non-ASCII text, and texts larger than its reusable buffer', () => {
    expect(packJsonText('{"actor":"bench"}')).toBe('{"actor":"bench"}')
    const unicode = JSON.stringify({ title: 'Qualité de l’eau — 水質 😀 \u2028', notes: 'ünïcödé '.repeat(100), lone: '\ud800' })
    expect(unpackJsonText(packJsonText(unicode))).toBe(unicode)
    const large = JSON.stringify({ notes: 'x'.repeat(300_000), resources: Array.from({ length: 500 }, (_, i) => ({ id: `r${i}` })) })
    expect(unpackJsonText(packJsonText(large))).toBe(large)
    // A small one after the large one still comes back whole (the buffer grew, nothing was cut).
    const small = JSON.stringify({ notes: 'y'.repeat(400) })
    expect(unpackJsonText(packJsonText(small))).toBe(small)
  })

  it.skipIf(!haveFixtures)('reads what earlier versions stored: plain text, and raw deflate streams in activity rows', () => {
    const dict = portalDicts()[0]
    expect(unpackJsonText(dict)).toBe(dict)
    expect(unpackJson(deflateRawSync(dict))).toEqual(JSON.parse(dict))
  })

  it('keeps its dictionary byte for byte: every packed row needs it to be read again', () => {
    const digest = createHash('sha256').update(jsonDictionaryV1).digest('hex')
    expect(digest).toBe('7eba4b410a04326a02a4d9ea180ff1b705de031648c6e2af4fbce05cb61199a2')
  })

  it.skipIf(!haveFixtures)('packs and unpacks in SQL, so JSON functions can edit a stored dict', () => {
    const db = new Database(':memory:')
    registerPackJson(db)
    db.exec('CREATE TABLE t (data)')
    const dict = portalDicts()[0]
    db.prepare('INSERT INTO t VALUES (pack_json(?))').run(dict)
    expect(db.prepare('SELECT typeof(data) FROM t').pluck().get()).toBe('blob')
    db.exec(`UPDATE t SET data = pack_json(json_set(unpack_json(data), '$.name', 'renamed'))`)
    const stored = db.prepare('SELECT data FROM t').pluck().get() as Buffer
    expect(unpackJson(stored)).toEqual({ ...JSON.parse(dict), name: 'renamed' })
    expect(db.prepare('SELECT unpack_json(NULL), unpack_json(?)').raw().get('plain')).toEqual([null, 'plain'])
    db.close()
  })
})
