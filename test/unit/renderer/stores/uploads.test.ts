/** The upload queue: a few at a time (one per dataset, in drop order), progress per file, cancel running or queued uploads. */
import { afterEach, describe, expect, it } from 'vitest'
import { setUploader, UploadCancelled, type UploadRequest } from '../../../../renderer/lib/uploader.ts'
import { cancelUpload, onUploadSettled, uploadFiles, useUploadStore } from '../../../../renderer/stores/uploads.ts'

type Running = { request: UploadRequest; progress(loaded: number, total: number): void; finish(): void; cancelled: boolean }

function controlledUploader() {
  const running: Running[] = []
  setUploader((request, onProgress) => {
    let resolve!: (value: any) => void
    let reject!: (error: unknown) => void
    const done = new Promise<any>((res, rej) => ((resolve = res), (reject = rej)))
    const entry: Running = {
      request,
      progress: onProgress,
      finish: () => resolve({ help: '', success: true, result: { id: `res-${request.file.name}`, name: request.file.name } }),
      cancelled: false,
    }
    running.push(entry)
    return {
      done,
      cancel: () => {
        entry.cancelled = true
        reject(new UploadCancelled())
      },
    }
  })
  return running
}

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name)
const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => useUploadStore.setState({ jobs: [] }))

describe('uploads', () => {
  it('runs three at a time, one per dataset, and starts the next as one ends', async () => {
    const running = controlledUploader()
    uploadFiles('pkg', ['a', 'b'].map((n) => file(n)))
    uploadFiles('p2', [file('c')])
    uploadFiles('p3', [file('d')])
    uploadFiles('p4', [file('e')])
    // b waits for a (same dataset), e for a free place.
    expect(running.map((r) => r.request.file.name)).toEqual(['a', 'c', 'd'])
    expect(running[0].request).toMatchObject({ packageId: 'pkg', fields: { name: 'a' } })
    running[0].progress(5, 10)
    expect(useUploadStore.getState().jobs[0]).toMatchObject({ loaded: 5, total: 10, state: 'uploading' })
    running[0].finish()
    await tick()
    expect(useUploadStore.getState().jobs[0]).toMatchObject({ state: 'done', loaded: 10 })
    expect(running.map((r) => r.request.file.name)).toEqual(['a', 'c', 'd', 'b'])
    running[1].finish()
    await tick()
    expect(running.map((r) => r.request.file.name)).toEqual(['a', 'c', 'd', 'b', 'e'])
  })

  it("adds one dataset's files in the order they were dropped, whichever would finish first", async () => {
    const running = controlledUploader()
    uploadFiles('pkg', ['first', 'second', 'third'].map((n) => file(n)))
    for (let i = 0; i < 3; i += 1) {
      expect(running).toHaveLength(i + 1)
      running[i].finish()
      await tick()
    }
    expect(useUploadStore.getState().jobs.map((j) => `${j.fileName}:${j.state}`)).toEqual(['first:done', 'second:done', 'third:done'])
  })

  it('cancels a running upload and takes a queued one off the queue', async () => {
    const running = controlledUploader()
    const settled: string[] = []
    const stop = onUploadSettled((job) => settled.push(`${job.fileName}:${job.state}`))
    const ids = [...uploadFiles('pkg', ['a', 'b'].map((n) => file(n))), ...uploadFiles('p2', ['c', 'd'].map((n) => file(n)))]
    cancelUpload(ids[3]) // queued behind c
    cancelUpload(ids[0]) // running
    await tick()
    const states = Object.fromEntries(useUploadStore.getState().jobs.map((j) => [j.fileName, j.state]))
    expect(states).toEqual({ a: 'cancelled', b: 'uploading', c: 'uploading', d: 'cancelled' })
    expect(running.map((r) => r.request.file.name)).toEqual(['a', 'c', 'b']) // d never started
    expect(settled).toEqual(['a:cancelled'])
    stop()
  })

  it('reports an engine refusal as a failed upload with CKAN’s message', async () => {
    setUploader(() => ({
      done: Promise.resolve({ help: '', success: false, error: { __type: 'Validation Error', upload: ['File upload too large'] } }),
      cancel: () => {},
    }))
    uploadFiles('pkg', [file('big.bin')])
    await tick()
    expect(useUploadStore.getState().jobs[0]).toMatchObject({ state: 'failed', message: 'Some fields need attention.' })
  })
})
