/** ckanapi's JSON-lines format: one compact JSON object per line, keys sorted, UTF-8. */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'

/**
 * One record as ckanapi writes it (Python's json.dumps with sort_keys, compact
 * separators, ensure_ascii off): keys sorted at every level, so dumps diff
 * cleanly against ckanapi's. Written by hand because a JavaScript object puts
 * integer-like keys ("9", "10") first in numeric order whatever order they are
 * set in, where Python sorts them as text ("10" before "9").
 */
export function jsonLine(record: unknown): string {
  return `${sortedJson(record, '')}\n`
}

function sortedJson(value: unknown, key: string): string {
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(key: string): unknown }).toJSON(key)
  }
  if (Array.isArray(value)) return `[${value.map((item, index) => sortedJson(item, String(index))).join(',')}]`
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null'
  const parts: string[] = []
  for (const name of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[name]
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue // as JSON.stringify
    parts.push(`${JSON.stringify(name)}:${sortedJson(item, name)}`)
  }
  return `{${parts.join(',')}}`
}

/** A line that is not UTF-8 text, with why: reported as that line's failure, never loaded. */
export type UnreadableLine = { unreadable: string }

/**
 * The lines of a file ("-" for standard input), without their line ends;
 * a UTF-8 byte order mark before the first is dropped. Each line is decoded
 * strictly: Node's usual decoding turns bytes that are not UTF-8 (a file
 * saved as Latin-1) into U+FFFD, which would be stored for good in place of
 * the accented letters, so such a line comes back as unreadable instead.
 */
export async function* readLines(file: string): AsyncIterable<string | UnreadableLine> {
  // Latin-1 maps each byte to one character and back, so lines split on bytes and keep them all.
  const input = file === '-' ? process.stdin.setEncoding('latin1') : createReadStream(file, { encoding: 'latin1' })
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  let first = true
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    let line: string
    try {
      line = strict.decode(Buffer.from(raw, 'latin1'))
    } catch {
      yield { unreadable: 'the line is not UTF-8 text (was the file saved in another encoding, such as Latin-1?)' }
      continue
    }
    if (first && line.startsWith('\uFEFF')) line = line.slice(1)
    first = false
    yield line
  }
}
