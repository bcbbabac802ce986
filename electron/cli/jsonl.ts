/** ckanapi's JSON-lines format: one compact JSON object per line, keys sorted, UTF-8. */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'

/** One record as ckanapi writes it: compact, keys sorted at every level (so dumps diff cleanly). */
export function jsonLine(record: unknown): string {
  return `${JSON.stringify(record, sortedReplacer)}\n`
}

function sortedReplacer(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key]
  return sorted
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
