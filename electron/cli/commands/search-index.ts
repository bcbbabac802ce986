/** `shelfmark search-index rebuild`: rebuilds the search index from the stored datasets. */
import { Engine } from '../../engine/engine.ts'
import { rebuildSearchIndex } from '../../engine/search/rebuild.ts'
import { dataOption, parseArguments, UsageError } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'

/** The search-index command. */
export const searchIndex: Command = {
  name: 'search-index',
  usage: `shelfmark search-index rebuild [--data DIR]
  Rebuilds the search index from the stored datasets (as CKAN's
  "ckan search-index rebuild"). Searches keep answering from the old index
  and dataset writes keep working until the new one is swapped in.`,
  async run(args) {
    const { values, positionals } = parseArguments(args, { ...dataOption }, { min: 1, max: 1 })
    if (positionals[0] !== 'rebuild') throw new UsageError(`unknown search-index command "${positionals[0]}"`)
    const engine = Engine.open({ dataDir: resolveDataDir(values.data) })
    try {
      const report = rebuildSearchIndex(engine, {
        onProgress: (done, total) => process.stderr.write(`search-index: ${done}/${total} datasets\n`),
      })
      process.stdout.write(`Indexed ${report.datasets} datasets in ${report.seconds.toFixed(1)} s\n`)
    } finally {
      engine.close()
    }
  },
}
