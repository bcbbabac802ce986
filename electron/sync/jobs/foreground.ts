/**
 * Running a sync job in the CLI's own process: the engine is switched to
 * foreground mode, the starting action records the job, and the job runs
 * here with a progress bar on stderr; Ctrl+C cancels it cleanly (finished
 * steps stay finished, so running the command again resumes).
 */
import type { Caller, Engine } from '../../engine/engine.ts'
import { remoteByName } from '../remotes.ts'
import { progressBar } from './progress-bar.ts'
import { resumableJob } from './resume.ts'
import { runJob, runJobsInForeground } from './runner.ts'
import { effectiveState, type JobKind } from './store.ts'

/**
 * Starts `action` and runs its job here to the end; returns the final job
 * dict. With `resume`, the last job of that kind on the same remote with the
 * same parameters carries on instead when it stopped before its end.
 */
export async function runInForeground(
  engine: Engine,
  caller: Caller,
  action: string,
  params: Record<string, unknown>,
  options: { resume?: JobKind } = {},
): Promise<Record<string, any>> {
  runJobsInForeground(engine)
  const job = (options.resume && resumeJob(engine, caller, options.resume, params)) || (engine.call(action, caller, params) as { id: string })
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

/** Resumes the matching stopped job (saying so on stderr); undefined when there is none. */
function resumeJob(engine: Engine, caller: Caller, kind: JobKind, params: Record<string, unknown>): { id: string } | undefined {
  const remote = typeof params.remote === 'string' ? remoteByName(engine.db, params.remote) : undefined
  if (!remote) return undefined
  const { remote: _name, ...rest } = params
  const job = resumableJob(engine.db, kind, remote.id, rest)
  if (!job) return undefined
  if (effectiveState(job) === 'running') {
    throw new Error(`a ${kind} from ${remote.name} with these settings is already running (job ${job.id}, process ${job.runner}); wait for it or cancel it`)
  }
  process.stderr.write(`Resuming the ${kind} job ${job.id} where it stopped (${effectiveState(job)})\n`)
  return engine.call('shelfmark_job_resume', caller, { id: job.id }) as { id: string }
}
