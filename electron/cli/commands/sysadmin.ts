/** `shelfmark sysadmin add NAME`: creates a sysadmin, or makes an existing user one (as `ckan sysadmin add`). */
import { Engine } from '../../engine/engine.ts'
import { addSysadmin } from '../../engine/users/create-sysadmin.ts'
import { dataOption, parseArguments, UsageError } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'

export const sysadmin: Command = {
  name: 'sysadmin',
  usage: `shelfmark sysadmin add NAME [--email EMAIL] [--password PASSWORD] [--data DIR]
  Creates the user NAME as a sysadmin, or promotes an existing user (setting
  the email or password given). Without --password the account has none:
  it works through API tokens (shelfmark token add NAME).`,
  async run(args) {
    const { values, positionals } = parseArguments(
      args,
      { ...dataOption, email: { type: 'string' }, password: { type: 'string' } },
      { min: 2, max: 2 },
    )
    const [verb, name] = positionals
    if (verb !== 'add') throw new UsageError(`unknown sysadmin command "${verb}"`)
    const engine = Engine.open({ dataDir: resolveDataDir(values.data) })
    try {
      const outcome = addSysadmin(engine, { name, email: values.email, password: values.password })
      const what = outcome.created ? 'Created sysadmin' : outcome.wasSysadmin ? 'Updated sysadmin' : 'Promoted to sysadmin:'
      process.stdout.write(`${what} ${outcome.name}.\n`)
      if (outcome.created && !values.password) {
        process.stdout.write(`No password set: use an API token (shelfmark token add ${outcome.name}).\n`)
      }
    } finally {
      engine.close()
    }
  },
}
