/**
 * Sync jobs (check, pull, push) and their progress. Jobs run in the main
 * process; the store polls the ones still moving, so progress shows the same
 * way on the desktop and in web mode, and every job can be cancelled.
 */
import { create } from 'zustand'
import type { SyncJob } from '../../shared/actions.ts'
import type { ActionFailure } from '../../shared/envelope.ts'
import { asFailure, call } from '../lib/call.ts'

type SyncJobsState = { jobs: SyncJob[]; failure: ActionFailure | null }

/** The store's starting state (tests reset to it). */
export const initialSyncJobs: SyncJobsState = { jobs: [], failure: null }
/** The store; select narrowly (STYLE.md). */
export const useSyncJobsStore = create<SyncJobsState>()(() => initialSyncJobs)

/** How often a moving job is re-read. */
export const pollIntervalMs = 400

/** True while a job may still change. */
export function isMoving(job: SyncJob): boolean {
  return job.state === 'queued' || job.state === 'running'
}

const finishedListeners = new Set<(job: SyncJob) => void>()
let timer: ReturnType<typeof setTimeout> | null = null

/** Loads the recent jobs (newest first) and follows the moving ones. */
export async function loadJobs(): Promise<void> {
  try {
    const jobs = await call('shelfmark_job_list', { limit: 20 })
    useSyncJobsStore.setState({ jobs, failure: null })
    schedulePoll()
  } catch (error) {
    useSyncJobsStore.setState({ failure: asFailure(error) })
  }
}

/** Adds a job just started and follows it until it ends. */
export function trackJob(job: SyncJob): void {
  useSyncJobsStore.setState((s) => ({ jobs: [job, ...s.jobs.filter((j) => j.id !== job.id)] }))
  schedulePoll()
}

/** Resolves with the job once it stopped moving (done, failed, cancelled, interrupted). */
export function whenFinished(jobId: string): Promise<SyncJob> {
  return new Promise((resolve) => {
    const current = useSyncJobsStore.getState().jobs.find((j) => j.id === jobId)
    if (current && !isMoving(current)) return resolve(current)
    const listener = (job: SyncJob) => {
      if (job.id !== jobId) return
      finishedListeners.delete(listener)
      resolve(job)
    }
    finishedListeners.add(listener)
  })
}

/** Calls a function every time any job finishes; returns the unsubscribe function. */
export function onJobFinished(listener: (job: SyncJob) => void): () => void {
  finishedListeners.add(listener)
  return () => finishedListeners.delete(listener)
}

/** Asks a job to stop (after its current step). */
export async function cancelJob(id: string): Promise<void> {
  replace(await call('shelfmark_job_cancel', { id }))
  schedulePoll()
}

/** Resumes a failed or interrupted job where it left off. */
export async function resumeJob(id: string): Promise<void> {
  replace(await call('shelfmark_job_resume', { id }))
  schedulePoll()
}

function schedulePoll(): void {
  if (timer || !useSyncJobsStore.getState().jobs.some(isMoving)) return
  timer = setTimeout(() => {
    timer = null
    void poll()
  }, pollIntervalMs)
}

async function poll(): Promise<void> {
  const moving = useSyncJobsStore.getState().jobs.filter(isMoving)
  await Promise.all(
    moving.map(async (job) => {
      try {
        const fresh = await call('shelfmark_job_show', { id: job.id })
        replace(fresh)
        if (!isMoving(fresh)) for (const listener of [...finishedListeners]) listener(fresh)
      } catch (error) {
        useSyncJobsStore.setState({ failure: asFailure(error) })
      }
    }),
  )
  schedulePoll()
}

function replace(job: SyncJob): void {
  useSyncJobsStore.setState((s) => ({ jobs: s.jobs.map((j) => (j.id === job.id ? job : j)) }))
}

/** Stops polling and forgets the jobs (tests). */
export function resetSyncJobs(): void {
  if (timer) clearTimeout(timer)
  timer = null
  finishedListeners.clear()
  useSyncJobsStore.setState(initialSyncJobs, true)
}
