/**
 * The push job: computes the plan (plan.ts), then carries out each dataset's
 * part, three datasets at a time. Every step is recorded through the engine
 * as soon as the remote confirms it, so a push interrupted anywhere can be
 * run again: finished datasets are no longer in the plan, and a create whose
 * answer was lost is found by name rather than made twice.
 */
import { registerJobHandler } from './jobs/kinds.ts'
import type { JobContext } from './jobs/runner.ts'
import { mapConcurrent } from './limiter.ts'
import type { PlanItem } from './plan.ts'
import { pushCreate, refusedOutcome } from './push-create.ts'
import { pushDelete } from './push-delete.ts'
import { pushUpdate } from './push-update.ts'
import { batchRecords, type PushOutcome } from './push-common.ts'

export type PushParams = { datasets?: string[]; concurrency?: number }

export type PushSummary = Record<PushOutcome['outcome'], number> & { results: PushOutcome[] }

/** Runs a push job. */
export async function runPush(ctx: JobContext): Promise<PushSummary> {
  const params = ctx.params as PushParams
  ctx.progress.phase('planning')
  const plan = ctx.engine.call('shelfmark_push_plan', ctx.caller, { remote: ctx.remote.name, datasets: params.datasets }) as PlanItem[]
  const work = plan.filter((item) => item.action !== 'none')
  ctx.progress.phase('datasets', work.length)
  let failure: unknown
  const recorder = batchRecords(ctx)
  const results = await mapConcurrent(work, params.concurrency ?? 3, async (item) => {
    if (failure !== undefined || ctx.signal.aborted || ctx.progress.isCancelled()) {
      return { id: item.id, name: item.name, action: item.action, outcome: 'skipped' as const }
    }
    try {
      const outcome = await pushItem(ctx, item)
      ctx.progress.advance()
      return outcome
    } catch (error) {
      failure ??= error // the other lanes stop taking datasets; what they finished stays recorded
      return { id: item.id, name: item.name, action: item.action, outcome: 'skipped' as const }
    }
  }).finally(() => recorder.flush())
  if (failure !== undefined) throw failure
  if (ctx.signal.aborted) throw new Error('Cancelled')
  const summary = { created: 0, updated: 0, deleted: 0, unchanged: 0, conflict: 0, failed: 0, skipped: 0, results } as PushSummary
  for (const result of results) summary[result.outcome]++
  return summary
}

async function pushItem(ctx: JobContext, item: PlanItem): Promise<PushOutcome> {
  const base = { id: item.id, name: item.name, action: item.action }
  if (item.action === 'blocked') return { ...base, outcome: 'skipped', errors: { message: item.reason } }
  try {
    const outcome = await dispatch(ctx, item)
    return { ...outcome, changes: item.changes }
  } catch (error) {
    const refused = refusedOutcome(base, error)
    if (refused) {
      ctx.engine.call('shelfmark_sync_record_errors', ctx.caller, { remote: ctx.remote.name, package_id: item.id, errors: refused.errors })
      return refused
    }
    throw error // transport trouble that outlasted the retries ends the job; run it again to resume
  }
}

function dispatch(ctx: JobContext, item: PlanItem): Promise<PushOutcome> {
  switch (item.action) {
    case 'create':
      return pushCreate(ctx, item.id)
    case 'update':
      return pushUpdate(ctx, item.id)
    case 'restore':
      return pushUpdate(ctx, item.id, true)
    case 'delete':
      return pushDelete(ctx, item.id, item.name)
    default:
      return Promise.resolve({ id: item.id, name: item.name, action: item.action, outcome: 'unchanged' })
  }
}

registerJobHandler('push', runPush)
