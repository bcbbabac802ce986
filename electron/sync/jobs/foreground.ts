/**
 * Running a sync job in the CLI's own process: the engine is switched to
 * foreground mode, the starting action records the job, and the job runs
 * here with a progress bar on stderr; Ctrl+C cancels it cleanly (finished
 * steps stay finished, so running the command again resumes).
 */
import type { Caller, Engine } from '../../engine/engine.ts'
import { progressBar } from './progress-bar.ts'
import { runJob, runJobsInForeground } from './runner.ts'

/** Starts `action` and runs its job here to the end; returns the final job dict. */
export async function runInForeground(engine: Engine, caller: Caller, action: string, params: Record<string, unknown>): Promise<Record<string, any>> {
  runJobsInForeground(engine)
  const job = engine.call(action, caller, params) as { id: string }
  const bar = progressBar()
  const abort = new AbortController()
  const onInterrupt = () => abort.abort(new Error('Interrupted'))
  process.once('SIGINT', onInterrupt)
  try {
    await runJob(engine, job.id, { onProgress: (p) => bar.update(p), signal: abort.signal })
  } finally {
    process.off('SIGINT', onInterrupt)
    bar.done()
  }
  return engine.call('shelfmark_job_show', caller, { id: job.id }) as Record<string, any>
}
