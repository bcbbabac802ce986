/** `shelfmark pull NAME [--org ORG]... [--q QUERY] [--files]`: bring a remote's datasets into the catalog. */
import { Engine } from '../../engine/engine.ts'
import { runInForeground } from '../../sync/jobs/foreground.ts'
import { formatSize } from '../../../shared/format-size.ts'
import { dataOption, parseArguments, UsageError } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'
import { siteCaller } from '../site-user.ts'
import { failed } from './remote.ts'

/** `shelfmark pull NAME [--org ORG]... [--q QUERY] [--files]`: bring a remote's datasets into the catalog. */
export const pull: Command = {
  name: 'pull',
  usage: `shelfmark pull NAME [--org ORG]... [--q QUERY] [--files] [--max-file-mb MB] [--full] [--data DIR]
  Pulls datasets (with their organizations and groups) from remote NAME:
  the whole site, the organizations named, or a search query. After the
  first pull only what changed is fetched (--full fetches all again).
  --files downloads uploaded resource files too, up to --max-file-mb
  (default 1024). Overlapping edits become conflicts: see "conflicts".`,
  async run(args) {
    const { values, positionals } = parseArguments(
      args,
      {
        ...dataOption,
        org: { type: 'string', multiple: true },
        q: { type: 'string' },
        files: { type: 'boolean' },
        'max-file-mb': { type: 'string' },
        full: { type: 'boolean' },
      },
      { min: 1, max: 1 },
    )
    const maxMb = values['max-file-mb'] === undefined ? undefined : Number(values['max-file-mb'])
    if (maxMb !== undefined && !(maxMb >= 0)) throw new UsageError('--max-file-mb must be a number of megabytes')
    const engine = Engine.open({ dataDir: resolveDataDir(values.data) })
    try {
      const params: Record<string, unknown> = { remote: positionals[0] }
      if (values.org?.length) params.organizations = values.org
      if (values.q) params.q = values.q
      if (values.files) params.files = true
      if (maxMb !== undefined) params.max_file_bytes = Math.round(maxMb * 1024 * 1024)
      if (values.full) params.full = true
      const job = await runInForeground(engine, siteCaller(engine), 'shelfmark_pull', params, { resume: 'pull' })
      if (job.state !== 'done') return failed(job)
      const r = job.result
      process.stdout.write(
        `Pulled from ${positionals[0]} (${r.incremental ? 'changes since last pull' : 'everything'}, via ${r.mode === 'search' ? 'package_search' : 'package_list'}): ` +
          `${r.created} new, ${r.updated} updated, ${r.merged} merged, ${r.unchanged} unchanged, ${r.remote_deleted} deleted remotely, ` +
          `${r.conflict} in conflict, ${r.failed} failed\n`,
      )
      if (r.files) process.stdout.write(`Files: ${r.files.downloaded} downloaded (${formatSize(r.files.bytes)}), ${r.files.skipped} already here, ${r.files.over_budget} over budget, ${r.files.failed} failed\n`)
      for (const f of r.files?.failures ?? []) process.stdout.write(`  file failed: ${f.dataset}: ${f.url}: ${f.error}\n`)
      for (const f of r.failures) process.stdout.write(`  failed: ${f.name}: ${JSON.stringify(f.error)}\n`)
      for (const name of r.conflicts) process.stdout.write(`  conflict: ${name}\n`)
      for (const { from, to } of r.renamed_organizations ?? []) process.stdout.write(`  organization ${from} is now called ${to} on the remote\n`)
      for (const name of r.not_visible ?? []) process.stdout.write(`  not visible to this token: ${name}\n`)
      if (r.not_visible?.length) process.stdout.write(`  (kept here; if the token was revoked or expired, "shelfmark remote check ${positionals[0]}" says so)\n`)
      return r.failed ? 1 : 0
    } finally {
      engine.close()
    }
  },
}
