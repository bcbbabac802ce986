/**
 * The `shelfmark` CLI: finds the command named by the first argument and
 * runs it. Errors print as one readable line; a CKAN error prints its body.
 */
import { UsageError } from './args.ts'
import type { Command } from './command.ts'
import { commands } from './commands/index.ts'
import { errorText } from './error-text.ts'

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = commands.find((command) => command.name === args[0])
    if (args[0] !== undefined && !topic) {
      process.stderr.write(`shelfmark help: unknown command "${args[0]}"\n\n${overview()}`)
      return 2
    }
    process.stdout.write(topic ? `${topic.usage}\n` : overview())
    return name === undefined ? 2 : 0
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (!command) {
    process.stderr.write(`shelfmark: unknown command "${name}"\n\n${overview()}`)
    return 2
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.usage}\n`)
    return 0
  }
  return runCommand(command, args)
}

async function runCommand(command: Command, args: string[]): Promise<number> {
  try {
    return (await command.run(args)) ?? 0
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`shelfmark ${command.name}: ${error.message}\n\nUsage:\n${command.usage}\n`)
      return 2
    }
    process.stderr.write(`shelfmark ${command.name}: ${errorText(error)}\n`)
    return 1
  }
}

function overview(): string {
  // Every synopsis line of each command (remote has several), not the explanation under them.
  const lines = commands.flatMap((command) => command.usage.split('\n').filter((line) => line.startsWith('shelfmark ')).map((line) => `  ${line}`))
  return `Shelfmark: a CKAN-compatible catalog on your own disk.\n\nCommands:\n${lines.join('\n')}\n\nRun "shelfmark help COMMAND" for details.\n`
}
