/** `shelfmark remote add|list|check|remove`: the remote CKAN sites this catalog syncs with. */
import { Engine } from '../../engine/engine.ts'
import { runInForeground } from '../../sync/jobs/foreground.ts'
import { dataOption, parseArguments, UsageError } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'
import { siteCaller } from '../site-user.ts'

/** `shelfmark remote add|list|check|remove`: the remote CKAN sites this catalog syncs with. */
export const remote: Command = {
  name: 'remote',
  usage: `shelfmark remote add NAME URL [--token TOKEN] [--data DIR]
shelfmark remote token NAME --token TOKEN [--data DIR]
shelfmark remote list|check|remove [NAME] [--data DIR]
  Manages remote CKAN sites. The token is stored in DIR/secrets.json
  (readable only by you) or read from $SHELFMARK_TOKEN_<NAME>; it is never
  printed and never sent to another site. "check" asks the remote's
  status_show for its CKAN version and extensions, and fails when the
  site treats the token as anonymous (revoked or expired); "token"
  replaces a remote's token, keeping its links to datasets.`,
  async run(args) {
    const { values, positionals } = parseArguments(args, { ...dataOption, token: { type: 'string' } }, { min: 1, max: 3 })
    const [verb, name, url] = positionals
    const engine = Engine.open({ dataDir: resolveDataDir(values.data) })
    try {
      const caller = siteCaller(engine)
      switch (verb) {
        case 'add': {
          if (!name || !url) throw new UsageError('remote add needs NAME and URL')
          const added = engine.call('shelfmark_remote_add', caller, { name, url, token: values.token }) as Record<string, any>
          process.stdout.write(`Remote ${added.name} → ${added.url}${added.has_token ? ` (token kept in the ${added.token_store} store)` : ' (no token: public data only)'}\n`)
          return 0
        }
        case 'list': {
          const remotes = engine.call('shelfmark_remote_list', caller, {}) as Record<string, any>[]
          for (const r of remotes) {
            const version = r.ckan_version ? `CKAN ${r.ckan_version}` : 'not checked'
            process.stdout.write(`${r.name}\t${r.url}\t${version}\t${r.has_token ? 'token' : 'no token'}\n`)
          }
          return 0
        }
        case 'token': {
          if (!name || !values.token) throw new UsageError('remote token needs NAME and --token TOKEN')
          const changed = engine.call('shelfmark_remote_token', caller, { name, token: values.token }) as Record<string, any>
          process.stdout.write(`Remote ${changed.name}: token replaced (kept in the ${changed.token_store} store); run "shelfmark remote check ${changed.name}"\n`)
          return 0
        }
        case 'check': {
          if (!name) throw new UsageError('remote check needs NAME')
          const job = await runInForeground(engine, caller, 'shelfmark_remote_check', { name })
          if (job.state !== 'done') return failed(job)
          const r = job.result
          process.stdout.write(
            `${name}: CKAN ${r.ckan_version ?? '(version hidden)'}; extensions: ${r.extensions.join(', ') || 'none'}; ` +
              `token user: ${r.user?.name ?? 'none (anonymous)'}; package_revise: ${r.capabilities.package_revise ? 'yes' : 'no'}; ` +
              `package_search: ${r.capabilities.package_search ? 'yes' : 'no'}\n`,
          )
          return 0
        }
        case 'remove': {
          if (!name) throw new UsageError('remote remove needs NAME')
          engine.call('shelfmark_remote_remove', caller, { name })
          process.stdout.write(`Remote ${name} removed; its datasets stay in the catalog.\n`)
          return 0
        }
        default:
          throw new UsageError(`unknown remote command "${verb}"`)
      }
    } finally {
      engine.close()
    }
  },
}

/** Prints a failed job's reason; exit code 1. */
export function failed(job: Record<string, any>): number {
  process.stderr.write(`${job.kind} ${job.state}: ${job.error ?? 'unknown error'}\n`)
  if (job.state !== 'cancelled' && job.kind !== 'check') process.stderr.write(`Run the same command again to resume (job ${job.id}).\n`)
  return 1
}
