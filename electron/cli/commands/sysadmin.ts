/** `shelfmark sysadmin add NAME`: creates a sysadmin, or makes an existing user one (as `ckan sysadmin add`). */
import { randomBytes } from 'node:crypto'
import { Engine } from '../../engine/engine.ts'
import { sql } from '../../engine/db/statements.ts'
import { dataOption, parseArguments, UsageError } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'
import { siteCaller } from '../site-user.ts'

export const sysadmin: Command = {
  name: 'sysadmin',
  usage: `shelfmark sysadmin add NAME [--email EMAIL] [--password PASSWORD] [--data DIR]
  Creates the user NAME as a sysadmin, or promotes an existing user.
  Without --password a random one is generated and printed.`,
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
      const caller = siteCaller(engine)
      const existing = sql(engine.db, 'SELECT id, name, sysadmin FROM users WHERE name = ?').get(name) as
        | { id: string; name: string; sysadmin: number }
        | undefined
      if (existing?.sysadmin === 1) {
        process.stdout.write(`${existing.name} is already a sysadmin.\n`)
        return
      }
      if (existing) {
        engine.call('user_patch', caller, { id: existing.id, sysadmin: true, state: 'active' })
        process.stdout.write(`${existing.name} is now a sysadmin.\n`)
        return
      }
      const password = values.password ?? randomBytes(12).toString('base64url')
      engine.call('user_create', caller, {
        name,
        email: values.email ?? `${name}@shelfmark.local`,
        password,
        sysadmin: true,
      })
      process.stdout.write(`Created sysadmin ${name}.\n`)
      if (!values.password) process.stdout.write(`Generated password (keep it; it is not stored in clear): ${password}\n`)
    } finally {
      engine.close()
    }
  },
}
