/** `shelfmark status`: local changes not yet pushed, from the activity stream. */
import { Engine } from '../../engine/engine.ts'
import { dataOption, parseArguments } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'
import { siteCaller } from '../site-user.ts'

/** `shelfmark status`: local changes not yet pushed, from the activity stream. */
export const status: Command = {
  name: 'status',
  usage: `shelfmark status [REMOTE] [--data DIR]
  Lists datasets created, edited or deleted locally since their last sync,
  and those in conflict, one per line: CHANGE NAME REMOTE.`,
  async run(args) {
    const { values, positionals } = parseArguments(args, { ...dataOption }, { min: 0, max: 1 })
    const engine = Engine.open({ dataDir: resolveDataDir(values.data) })
    try {
      const params = positionals[0] ? { remote: positionals[0] } : {}
      const { changes } = engine.call('shelfmark_status', siteCaller(engine), params) as { changes: Record<string, any>[] }
      if (changes.length === 0) process.stdout.write('Nothing changed since the last sync.\n')
      for (const c of changes) {
        const errors = c.errors ? `  (last push refused: ${JSON.stringify(c.errors)})` : ''
        process.stdout.write(`${c.change.padEnd(9)} ${c.name}${c.remote ? `  ${c.remote}` : ''}${errors}\n`)
      }
    } finally {
      engine.close()
    }
  },
}
