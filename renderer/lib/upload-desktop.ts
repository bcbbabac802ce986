/**
 * Desktop uploads: the file's path (Electron's webUtils.getPathForFile, via
 * the preload) goes to the main process, which streams it into the engine's
 * file store and reports progress over IPC.
 */
import type { ShelfmarkBridge } from '../../shared/bridge.ts'
import { UploadCancelled, type Uploader } from './uploader.ts'

/** An uploader going through the desktop bridge. */
export function desktopUploader(bridge: ShelfmarkBridge): Uploader {
  return (request, onProgress) => {
    let cancelled = false
    const stop = bridge.onFileProgress((p) => {
      if (p.jobId === request.jobId) onProgress(p.loaded, p.total)
    })
    const path = bridge.pathForFile(request.file)
    const done = bridge
      .uploadFile({
        jobId: request.jobId,
        path,
        packageId: request.packageId,
        resourceId: request.resourceId,
        fields: request.fields,
      })
      .finally(stop)
      .then((envelope) => {
        if (cancelled) throw new UploadCancelled()
        return envelope
      })
    return {
      done,
      cancel: () => {
        cancelled = true
        void bridge.cancelUpload(request.jobId)
      },
    }
  }
}
