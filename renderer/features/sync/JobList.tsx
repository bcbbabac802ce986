/** Recent sync jobs with progress, and cancel / resume. */
import type { SyncJob } from '../../../shared/actions.ts'
import { formatSize, formatTimestamp } from '../../components/format.ts'
import { cancelJob, isMoving, resumeJob, useSyncJobsStore } from '../../stores/sync-jobs.ts'
import './job-notes.css'

/** The jobs panel. */
export function JobList() {
  const jobs = useSyncJobsStore((s) => s.jobs)
  if (jobs.length === 0) return null
  return (
    <section className="jobs">
      <h2>Jobs</h2>
      <ul>
        {jobs.map((job) => (
          <JobRow key={job.id} job={job} />
        ))}
      </ul>
    </section>
  )
}

function JobRow({ job }: { job: SyncJob }) {
  const percent = job.total ? Math.min(100, Math.round((job.done / job.total) * 100)) : job.state === 'done' ? 100 : undefined
  return (
    <li className={`job job-${job.state}`} data-job={job.id} data-kind={job.kind} data-state={job.state}>
      <span className="job-title">
        {job.kind} {job.remote ? `· ${job.remote}` : ''}
      </span>
      <progress max={100} value={percent} aria-label={`${job.kind} progress`} />
      <span className="job-status">
        {job.state}
        {job.phase ? ` · ${job.phase}` : ''}
        {job.total ? ` · ${job.done} of ${job.total}` : job.done ? ` · ${job.done}` : ''}
        {job.bytes_done ? ` · ${formatSize(job.bytes_done)}` : ''}
        {job.error ? ` · ${job.error}` : job.message ? ` · ${job.message}` : ''}
        {job.state === 'done' && summaryOf(job.result) ? ` · ${summaryOf(job.result)}` : ''}
      </span>
      <span className="muted">{formatTimestamp(job.created)}</span>
      {job.state === 'done' && <JobNotes result={job.result} />}
      <span>
        {isMoving(job) && (
          <button type="button" className="subtle" onClick={() => void cancelJob(job.id)}>
            Cancel
          </button>
        )}
        {(job.state === 'failed' || job.state === 'interrupted') && (
          <button type="button" className="subtle" onClick={() => void resumeJob(job.id)}>
            Resume
          </button>
        )}
      </span>
    </li>
  )
}

/** The non-zero counts of a pull or push result ("created 2, conflict 1"). */
export function summaryOf(result: unknown): string {
  if (!result || typeof result !== 'object') return ''
  const counts = ['created', 'updated', 'merged', 'deleted', 'conflict', 'failed', 'remote_deleted']
  return counts
    .filter((key) => typeof (result as Record<string, unknown>)[key] === 'number' && (result as Record<string, number>)[key] > 0)
    .map((key) => `${key.replace('_', ' ')} ${(result as Record<string, number>)[key]}`)
    .join(', ')
}

type PullNotes = {
  failures?: { name: string; error: unknown }[]
  not_visible?: string[]
  renamed_organizations?: { from: string; to: string }[]
  files?: { failures?: { dataset: string; url: string; error: string }[] }
}

/** What a finished pull or push has to say beyond its counts: each failure's reason, datasets the token cannot see, renames followed. */
function JobNotes({ result }: { result: unknown }) {
  if (!result || typeof result !== 'object') return null
  const notes = result as PullNotes
  const lines = [
    ...(notes.failures ?? []).map((f) => `${f.name}: ${typeof f.error === 'string' ? f.error : JSON.stringify(f.error)}`),
    ...(notes.not_visible ?? []).map((name) => `${name}: not visible to this token (kept here; check the remote if the token was revoked)`),
    ...(notes.renamed_organizations ?? []).map(({ from, to }) => `organization ${from} is now called ${to} on the remote`),
    ...(notes.files?.failures ?? []).map((f) => `file of ${f.dataset}: ${f.error}`),
  ]
  if (lines.length === 0) return null
  return (
    <details className="job-notes">
      <summary>{lines.length === 1 ? '1 note' : `${lines.length} notes`}</summary>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </details>
  )
}
