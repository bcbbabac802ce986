/**
 * JSON text as the catalog stores it (dataset dicts in packages.data, activity
 * data): compressed with zstd against a dictionary of CKAN's dataset keys once
 * it is long enough for that to pay, plain text below. A stored dataset dict
 * shrinks to about a quarter, and it is most of a catalog's bytes.
 *
 * A packed value is a BLOB: one format byte, then a zstd frame. Readers take
 * every form ever written: plain text, format 1, and the raw deflate streams
 * activity rows held before (no format byte; a raw deflate stream cannot begin
 * with 0x01 followed by zstd's magic, whose stored-block lengths would not match).
 */
import { createRequire } from 'node:module'
import { inflateRawSync } from 'node:zlib'
import { jsonDictionaryV1 } from './json-dictionary.ts'
import type { Sqlite } from './open.ts'

// zstd-napi's thin binding rather than its classes: they allocate a buffer per call and copy the
// result out again, which cost about half as much as decompressing itself (a package_show unpacks
// one dict: ~5 µs this way, ~8 µs through `Decompressor`). The binding is a native CommonJS module.
const zstd = createRequire(import.meta.url)('zstd-napi/binding.js') as typeof import('zstd-napi/binding.js')

/** A JSON text as stored: plain, or packed. */
export type StoredJson = string | Buffer

/**
 * JSON shorter than this stays text: below it, packing saves less than it costs. A dataset
 * activity's own data (the organization, groups and actor, ~300 characters) took 7.7 µs to pack
 * in a 10k load (a cold context, beside the SQLite work; 2.7 µs in a tight loop) to save ~160
 * bytes: about 4 % of the load's main thread for 1.6 % of the catalog's size.
 */
const packFrom = 1024

/** The format byte of a zstd frame packed against jsonDictionaryV1. */
const zstdDictionaryV1 = 1

// A fast level: its frames keep literals raw, so unpacking builds no Huffman table. Measured on
// 2,000 generated dataset dicts (5.5 KB): level -1 packs to 0.271 of the size in 10 µs and unpacks
// in 3.3 µs; level 1 to 0.223 in 13 µs, unpacked in 4.8 µs (level 3 the same ratio in 19 µs, level
// 5 0.213 in 43 µs). Served over HTTP from a 10k catalog, -1 gave package_show 0.50-0.51x a bare
// server against 0.48-0.50x for level 1, and the same database size (two rows a page either way).
// The real portals' dicts in ../shared/fixtures pack to 0.272 (level 1: 0.217).
const compressionLevel = -1

type Codec = { cctx: InstanceType<typeof zstd.CCtx>; cdict: InstanceType<typeof zstd.CDict>; dctx: InstanceType<typeof zstd.DCtx>; ddict: InstanceType<typeof zstd.DDict> }
let codec: Codec | undefined

/** One context each way for the process, with the dictionary prepared once. */
function zstdCodec(): Codec {
  if (!codec) {
    const dictionary = Buffer.from(jsonDictionaryV1, 'utf8')
    codec = {
      cctx: new zstd.CCtx(),
      cdict: new zstd.CDict(dictionary, compressionLevel),
      dctx: new zstd.DCtx(),
      ddict: new zstd.DDict(dictionary),
    }
  }
  return codec
}

/** A buffer reused by every pack and unpack (calls never overlap: all of this is synchronous). */
let scratch = Buffer.allocUnsafe(64 * 1024)
function scratchOf(size: number): Buffer {
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, 2 * scratch.length))
  return scratch
}

/** Where a text is encoded before it is packed: a dataset's 5 KB would otherwise be a buffer of its own each time. */
let textScratch = Buffer.allocUnsafe(64 * 1024)

/** The stored form of a JSON text. */
export function packJsonText(text: string): StoredJson {
  if (text.length < packFrom) return text
  const { cctx, cdict } = zstdCodec()
  // UTF-8 takes at most 3 bytes per UTF-16 unit, so the text always fits whole.
  if (textScratch.length < 3 * text.length) textScratch = Buffer.allocUnsafe(Math.max(3 * text.length, 2 * textScratch.length))
  const source = textScratch.subarray(0, textScratch.write(text, 0, 'utf8'))
  const frame = scratchOf(zstd.compressBound(source.length))
  const length = cctx.compressUsingCDict(frame, source, cdict)
  const packed = Buffer.allocUnsafe(length + 1)
  packed[0] = zstdDictionaryV1
  frame.copy(packed, 1, 0, length)
  return packed
}

/** The JSON text of a stored value, whichever form it was stored in. */
export function unpackJsonText(stored: StoredJson): string {
  if (typeof stored === 'string') return stored
  if (stored[0] !== zstdDictionaryV1) return inflateRawSync(stored).toString('utf8')
  const { dctx, ddict } = zstdCodec()
  const frame = stored.subarray(1)
  const bytes = scratchOf(Number(zstd.getFrameContentSize(frame)))
  return bytes.toString('utf8', 0, dctx.decompressUsingDDict(bytes, frame, ddict))
}

/** The value of a stored JSON text. */
export function unpackJson(stored: StoredJson): unknown {
  return JSON.parse(unpackJsonText(stored))
}

/**
 * `pack_json(text)` and `unpack_json(stored)` in SQL: the triggers that keep
 * old dataset dicts in activity rows (migration 0008) pack them, and SQL that
 * reads or edits a stored dict with SQLite's JSON functions unpacks it first.
 */
export function registerPackJson(db: Sqlite): void {
  db.function('pack_json', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? packJsonText(value) : value))
  db.function('unpack_json', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' || Buffer.isBuffer(value) ? unpackJsonText(value) : value,
  )
}
