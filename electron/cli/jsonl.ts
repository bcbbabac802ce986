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

/** The lines of a file ("-" for standard input), without their line ends. */
export function readLines(file: string): AsyncIterable<string> {
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' })
  return createInterface({ input, crlfDelay: Infinity })
}
