/**
 * The seam for turning a dropped file into a resource. Web mode posts it as
 * multipart (XHR, for progress); the desktop hands the file's path to the
 * main process. main.tsx picks one at start-up.
 */
import type { Envelope } from '../../shared/envelope.ts'

/** One file to upload as a new resource, or as a new file for `resourceId`. */
export type UploadRequest = {
  jobId: string
  file: File
  packageId: string
  resourceId?: string
  fields?: Record<string, string>
}

/** A running upload: its envelope when it ends, and a way to stop it. */
export type UploadHandle = { done: Promise<Envelope<unknown>>; cancel(): void }

/** Starts an upload, reporting bytes sent as it goes. */
export type Uploader = (request: UploadRequest, onProgress: (loaded: number, total: number) => void) => UploadHandle

/** Thrown (as the done promise's rejection) when the user cancelled. */
export class UploadCancelled extends Error {
  constructor() {
    super('Upload cancelled')
    this.name = 'UploadCancelled'
  }
}

let uploader: Uploader = () => {
  throw new Error('No uploader configured')
}

/** The uploader in use. */
export function currentUploader(): Uploader {
  return uploader
}

/** Chooses the uploader (web or desktop; tests may pass their own). */
export function setUploader(next: Uploader): void {
  uploader = next
}
