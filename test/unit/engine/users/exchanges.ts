/**
 * Reads the recorded CKAN 2.10 exchanges in ../shared/fixtures (outside the
 * repository); tests that need them skip when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const folder = join(repoRoot, '..', 'shared', 'fixtures', 'ckan-2.10-exchanges')

/** True when the recorded exchanges are present. */
export const haveExchanges = existsSync(folder)

if (!haveExchanges) console.warn(`skipping CKAN exchange comparisons: ${folder} not found`)

/** One recorded exchange by its number ("004"). */
export function exchange(number: string): { request: any; response: { status: number; body: any } } {
  const file = readdirSync(folder).find((name) => name.startsWith(`${number}-`))
  if (!file) throw new Error(`no exchange ${number}`)
  return JSON.parse(readFileSync(join(folder, file), 'utf8'))
}

/** The keys of an object, in order. */
export function keysOf(value: Record<string, unknown>): string[] {
  return Object.keys(value)
}
