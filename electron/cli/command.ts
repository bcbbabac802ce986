/** The shape of a CLI command: one module per command under commands/, listed in commands/index.ts. */

export type Command = {
  /** The word after `shelfmark`. */
  name: string
  /** Synopsis lines, then a short description; printed by `shelfmark help` and on usage errors. */
  usage: string
  /** Runs the command; resolves to the exit code (0 when omitted). */
  run(args: string[]): Promise<number | void>
}
