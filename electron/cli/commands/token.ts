/** `shelfmark token add USER [TOKEN_NAME]`: a new API token, printed as the last line. */
import { Engine } from '../../engine/engine.ts'
import { addToken, defaultTokenName } from '../../engine/users/create-token.ts'
import { dataOption, parseArguments, UsageError } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'

export const token: Command = {
  name: 'token',
  usage: `shelfmark token add USER [TOKEN_NAME] [--data DIR]
  Creates an API token for USER and prints it on the last line. Send it in
  the Authorization header as it is, with no "Bearer " prefix.`,
  async run(args) {
    const { values, positionals } = parseArguments(args, { ...dataOption }, { min: 2, max: 3 })
    const [verb, user, tokenName = defaultTokenName] = positionals
    if (verb !== 'add') throw new UsageError(`unknown token command "${verb}"`)
    const engine = Engine.open({ dataDir: resolveDataDir(values.data) })
    try {
      const value = addToken(engine, user, tokenName)
      process.stdout.write(`API token "${tokenName}" for ${user}:\n${value}\n`)
    } finally {
      engine.close()
    }
  },
}
