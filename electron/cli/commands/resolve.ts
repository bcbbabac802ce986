/** `shelfmark resolve DATASET --take local|remote`: settle a dataset's conflict. */
import { Engine } from '../../engine/engine.ts'
import { dataOption, parseArguments, UsageError } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'
import { siteCaller } from '../site-user.ts'

/** `shelfmark resolve DATASET --take local|remote`: settle a dataset's conflict. */
export const resolve: Command = {
  name: 'resolve',
  usage: `shelfmark resolve DATASET --take local|remote [--remote NAME] [--data DIR]
  Settles DATASET's conflict: keep the local value of every open field, or
  the remote's. To keep a value of your own, edit the dataset and take
  local. The next push publishes the result.`,
  async run(args) {
    const { values, positionals } = parseArguments(args, { ...dataOption, take: { type: 'string' }, remote: { type: 'string' } }, { min: 1, max: 1 })
    if (values.take !== 'local' && values.take !== 'remote') throw new UsageError('--take must be local or remote')
    const engine = Engine.open({ dataDir: resolveDataDir(values.data) })
    try {
      const params: Record<string, unknown> = { id: positionals[0], take: values.take }
      if (values.remote) params.remote = values.remote
      const result = engine.call('shelfmark_resolve', siteCaller(engine), params) as Record<string, any>
      process.stdout.write(`${result.name}: ${result.resolved}\n`)
    } finally {
      engine.close()
    }
  },
}
