/**
 * The CLI's argument parsing: node's util.parseArgs, strict, with a usage
 * error the main loop prints beside the command's usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

/** A mistake in how a command was called: printed with its usage, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>

/** Parses `args` against `options`; throws UsageError for unknown flags or a wrong number of positionals. */
export function parseArguments<T extends Options>(args: string[], options: T, positionals: { min: number; max: number }) {
  let parsed
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const count = parsed.positionals.length
  if (count < positionals.min) {
    throw new UsageError(`missing argument: ${positionals.min === 1 ? 'one is' : `${positionals.min} are`} needed, ${count} given (see below)`)
  }
  if (count > positionals.max) throw new UsageError(`Unexpected argument: ${parsed.positionals[positionals.max]}`)
  return parsed
}

/** The `--data DIR` option every command that opens the catalog takes. */
export const dataOption = { data: { type: 'string' } } as const

/** A TCP port number from a flag; throws UsageError otherwise. */
export function parsePort(text: string): number {
  const port = Number(text)
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`Not a port number: ${text}`)
  return port
}
