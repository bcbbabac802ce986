/** `shelfmark dump datasets`: the catalog as ckanapi JSON lines. */
import { createWriteStream } from 'node:fs'
import { finished } from 'node:stream/promises'
import { Engine } from '../../engine/engine.ts'
import { dataOption, parseArguments, UsageError } from '../args.ts'
import { thingNamed } from '../catalog-things.ts'
import type { Command } from '../command.ts'
import { existingDataDir } from '../data-dir.ts'
import { dumpRecords } from '../dump-records.ts'
import { siteCaller } from '../site-user.ts'

export const dump: Command = {
  name: 'dump',
  usage: `shelfmark dump datasets|organizations|groups [-O FILE] [--data DIR]
  Writes every active record as its *_show dict, one JSON object per line
  (ckanapi's dump format, keys sorted), to FILE or standard output.
  Private datasets are included: the CLI acts as the site sysadmin.`,
  async run(args) {
    const { values, positionals } = parseArguments(
      args,
      { ...dataOption, output: { type: 'string', short: 'O' } },
      { min: 1, max: 1 },
    )
    const thing = thingNamed(positionals[0]) ?? fail(positionals[0])
    const engine = Engine.open({ dataDir: existingDataDir(values.data) })
    const out = values.output ? createWriteStream(values.output) : process.stdout
    // `dump … | head` closes the pipe early: that reader has what it wanted, which is no failure (as ckanapi).
    if (out === process.stdout) process.stdout.on('error', (error: NodeJS.ErrnoException) => error.code === 'EPIPE' && process.exit(0))
    try {
      const started = Date.now()
      const count = await dumpRecords(engine, siteCaller(engine), thing, out, (written, total) =>
        process.stderr.write(`${thing.name}: ${written}/${total} dumped\n`),
      )
      if (out !== process.stdout) {
        out.end()
        await finished(out)
      }
      process.stderr.write(`${thing.name}: ${count} dumped in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
    } finally {
      engine.close()
    }
  },
}

function fail(name: string): never {
  throw new UsageError(`cannot dump "${name}": choose datasets, organizations or groups`)
}
