/** `shelfmark push NAME [--dry-run] [DATASET]...`: publish local changes to a remote. */
import { Engine } from '../../engine/engine.ts'
import { runInForeground } from '../../sync/jobs/foreground.ts'
import { formatSize } from '../../../shared/format-size.ts'
import { dataOption, parseArguments } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'
import { siteCaller } from '../site-user.ts'
import { failed } from './remote.ts'

/** `shelfmark push NAME [--dry-run] [DATASET]...`: publish local changes to a remote. */
export const push: Command = {
  name: 'push',
  usage: `shelfmark push NAME [--dry-run] [DATASET]... [--data DIR]
  Publishes local changes to remote NAME: every dataset changed since its
  last sync (or only the DATASETs named). --dry-run prints the plan (create,
  update, delete; field-level diff; files to upload) and sends nothing.
  Edits made on the remote meanwhile are merged; overlapping ones are
  reported as conflicts and left untouched on both sides.`,
  async run(args) {
    const { values, positionals } = parseArguments(args, { ...dataOption, 'dry-run': { type: 'boolean' } }, { min: 1, max: Infinity })
    const [name, ...datasets] = positionals
    const engine = Engine.open({ dataDir: resolveDataDir(values.data) })
    try {
      const caller = siteCaller(engine)
      const params: Record<string, unknown> = { remote: name }
      if (datasets.length) params.datasets = datasets
      if (values['dry-run']) {
        const { plan } = engine.call('shelfmark_push', caller, { ...params, dry_run: true }) as { plan: Record<string, any>[] }
        printPlan(plan)
        return 0
      }
      const job = await runInForeground(engine, caller, 'shelfmark_push', params, { resume: 'push' })
      if (job.state !== 'done') return failed(job)
      const r = job.result
      process.stdout.write(
        `Pushed to ${name}: ${r.created} created, ${r.updated} updated, ${r.deleted} deleted, ${r.unchanged} unchanged, ` +
          `${r.conflict} in conflict, ${r.failed} refused, ${r.skipped} skipped\n`,
      )
      for (const result of r.results) {
        if (result.outcome === 'failed') process.stdout.write(`  refused: ${result.name}: ${fieldLines(result.errors)}\n`)
        if (result.outcome === 'conflict') process.stdout.write(`  conflict: ${result.name} (see "shelfmark conflicts")\n`)
        if (result.outcome === 'skipped' && result.errors) process.stdout.write(`  skipped: ${result.name}: ${result.errors.message}\n`)
      }
      return r.failed ? 1 : 0
    } finally {
      engine.close()
    }
  },
}

function printPlan(plan: Record<string, any>[]): void {
  if (plan.length === 0) process.stdout.write('Nothing to push.\n')
  for (const item of plan) {
    process.stdout.write(`${item.action} ${item.name}${item.reason ? ` (${item.reason})` : ''}\n`)
    for (const change of item.changes) {
      const mark = change.before === undefined ? '+' : change.after === undefined ? '-' : '~'
      const text = mark === '+' ? show(change.after) : mark === '-' ? show(change.before) : `${show(change.before)} → ${show(change.after)}`
      process.stdout.write(`  ${mark} ${change.path}: ${text}\n`)
    }
    for (const upload of item.uploads) process.stdout.write(`  ↑ ${upload.name} (${formatSize(upload.size)})\n`)
  }
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null'
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

function fieldLines(errors: unknown): string {
  if (!errors || typeof errors !== 'object') return String(errors)
  return Object.entries(errors as Record<string, unknown>)
    .map(([field, messages]) => `${field}: ${Array.isArray(messages) ? messages.join(' ') : JSON.stringify(messages)}`)
    .join('; ')
}
