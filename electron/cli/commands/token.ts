/** `shelfmark token add USER [TOKEN_NAME]`: a new API token, printed as the last line. */
import { Engine } from '../../engine/engine.ts'
import { dataOption, parseArguments, UsageError } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'
import { siteCaller } from '../site-user.ts'

export const token: Command = {
  name: 'token',
  usage: `shelfmark token add USER [TOKEN_NAME] [--data DIR]
  Creates an API token for USER (as api_token_create) and prints it on the
  last line. Send it in the Authorization header, with no "Bearer " prefix.`,
  async run(args) {
    const { values, positionals } = parseArguments(args, { ...dataOption }, { min: 2, max: 3 })
    const [verb, user, tokenName = 'shelfmark-cli'] = positionals
    if (verb !== 'add') throw new UsageError(`unknown token command "${verb}"`)
    const engine = Engine.open({ dataDir: resolveDataDir(values.data) })
    try {
      const result = engine.call('api_token_create', siteCaller(engine), { user, name: tokenName }) as { token: string }
      process.stdout.write(`API token "${tokenName}" for ${user}:\n${result.token}\n`)
    } finally {
      engine.close()
    }
  },
}
