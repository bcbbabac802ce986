/** `shelfmark conflicts`: each dataset in conflict with a remote, by name, with its open fields. */
import { Engine } from '../../engine/engine.ts'
import { dataOption, parseArguments } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'
import { siteCaller } from '../site-user.ts'

/** `shelfmark conflicts`: each dataset in conflict with a remote, by name, with its open fields. */
export const conflicts: Command = {
  name: 'conflicts',
  usage: `shelfmark conflicts [REMOTE] [--data DIR]
  Lists each conflicting dataset by name, then its open fields with the
  local and remote values. Settle them with "shelfmark resolve".`,
  async run(args) {
    const { values, positionals } = parseArguments(args, { ...dataOption }, { min: 0, max: 1 })
    const engine = Engine.open({ dataDir: resolveDataDir(values.data) })
    try {
      const params = positionals[0] ? { remote: positionals[0] } : {}
      const list = engine.call('shelfmark_conflicts', siteCaller(engine), params) as Record<string, any>[]
      if (list.length === 0) process.stdout.write('No conflicts.\n')
      for (const item of list) {
        process.stdout.write(`${item.name}  (${item.remote}: ${describe(item.kind)})\n`)
        for (const c of item.conflicts) {
          process.stdout.write(`  ${c.path}\n    local:  ${short(c.local)}\n    remote: ${short(c.remote)}\n`)
        }
      }
    } finally {
      engine.close()
    }
  },
}

function describe(kind: string): string {
  if (kind === 'remote-deleted') return 'deleted remotely, edited here'
  if (kind === 'local-deleted') return 'deleted here, edited remotely'
  return 'edited on both sides'
}

function short(value: unknown): string {
  if (value === undefined) return '(absent)'
  const text = JSON.stringify(value)
  return text.length > 100 ? `${text.slice(0, 97)}...` : text
}
