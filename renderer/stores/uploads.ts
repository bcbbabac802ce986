/**
 * Files being turned into resources: one job per dropped file, each with its
 * progress, cancellable, a few running at a time (one per dataset). UI state; the engine's
 * copy of the dataset is re-read as each one lands.
 */
import { create } from 'zustand'
import type { Resource } from '../../shared/actions.ts'
import { unwrap } from '../../shared/envelope.ts'
import { asFailure, failureText } from '../lib/call.ts'
import { currentUploader, UploadCancelled, type UploadHandle } from '../lib/uploader.ts'

/** Where one upload stands. */
export type UploadJob = {
  id: string
  packageId: string
  resourceId?: string
  fileName: string
  loaded: number
  total: number
  state: 'queued' | 'uploading' | 'done' | 'failed' | 'cancelled'
  message?: string
  resource?: Resource
}

/** Uploads running at once; more wait their turn. */
const concurrency = 3

/** The store; select narrowly (STYLE.md). */
export const useUploadStore = create<{ jobs: UploadJob[] }>()(() => ({ jobs: [] }))

const handles = new Map<string, UploadHandle>()
const files = new Map<string, File>()
const listeners = new Set<(job: UploadJob) => void>()
let sequence = 0

/** Queues files to become new resources of a dataset; returns their job ids. */
export function uploadFiles(packageId: string, list: File[]): string[] {
  return list.map((file) => enqueue({ packageId, fileName: file.name, total: file.size }, file))
}

/** Queues a file to replace the file of an existing resource. */
export function replaceFile(packageId: string, resourceId: string, file: File): string {
  return enqueue({ packageId, resourceId, fileName: file.name, total: file.size }, file)
}

/** Stops an upload (or takes it off the queue). */
export function cancelUpload(id: string): void {
  const handle = handles.get(id)
  if (handle) handle.cancel()
  else if (files.has(id)) {
    files.delete(id)
    update(id, { state: 'cancelled' })
  }
}

/** Removes finished jobs from the list. */
export function clearFinished(): void {
  useUploadStore.setState((s) => ({ jobs: s.jobs.filter((job) => job.state === 'queued' || job.state === 'uploading') }))
}

/** Called with every job that ends (done, failed or cancelled); returns the unsubscribe function. */
export function onUploadSettled(listener: (job: UploadJob) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function enqueue(fields: Pick<UploadJob, 'packageId' | 'resourceId' | 'fileName' | 'total'>, file: File): string {
  const id = `upload-${Date.now().toString(36)}-${++sequence}`
  files.set(id, file)
  useUploadStore.setState((s) => ({ jobs: [...s.jobs, { id, loaded: 0, state: 'queued', ...fields }] }))
  pump()
  return id
}

/**
 * Starts queued jobs while fewer than `concurrency` run, one dataset's files
 * one at a time: a resource is added when its upload ends, so files of one
 * dataset running side by side would land in whichever order they finished,
 * not in the order they were dropped.
 */
function pump(): void {
  const { jobs } = useUploadStore.getState()
  const busy = new Set(jobs.filter((job) => job.state === 'uploading').map((job) => job.packageId))
  let free = concurrency - jobs.filter((job) => job.state === 'uploading').length
  for (const job of jobs) {
    if (free <= 0) break
    if (job.state !== 'queued' || busy.has(job.packageId)) continue
    busy.add(job.packageId)
    free -= 1
    start(job)
  }
}

function start(job: UploadJob): void {
  const file = files.get(job.id)
  if (!file) return
  files.delete(job.id)
  update(job.id, { state: 'uploading' })
  const handle = currentUploader()(
    { jobId: job.id, file, packageId: job.packageId, resourceId: job.resourceId, fields: job.resourceId ? {} : { name: file.name } },
    (loaded, total) => update(job.id, { loaded, total }),
  )
  handles.set(job.id, handle)
  handle.done
    .then((envelope) => {
      const resource = unwrap(envelope) as Resource
      const total = useUploadStore.getState().jobs.find((j) => j.id === job.id)?.total ?? job.total
      update(job.id, { state: 'done', loaded: total, resource }) // all bytes sent, whatever the last progress event said
    })
    .catch((error) => {
      if (error instanceof UploadCancelled) update(job.id, { state: 'cancelled' })
      else update(job.id, { state: 'failed', message: failureText(asFailure(error)) })
    })
    .finally(() => {
      handles.delete(job.id)
      const settled = useUploadStore.getState().jobs.find((j) => j.id === job.id)
      if (settled) for (const listener of listeners) listener(settled)
      pump()
    })
}

function update(id: string, patch: Partial<UploadJob>): void {
  useUploadStore.setState((s) => ({ jobs: s.jobs.map((job) => (job.id === id ? { ...job, ...patch } : job)) }))
}
