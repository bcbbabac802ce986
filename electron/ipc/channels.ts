/**
 * The IPC door's channels. Every handler checks that the message came from
 * the app's own top-level page before doing anything (Electron checklist 17).
 *
 * - shelfmark:call          an engine action → CKAN envelope (as a value)
 * - shelfmark:upload-file   a dropped file by path → resource envelope, with
 *                           shelfmark:file-progress events to the sender
 * - shelfmark:cancel-upload stops an upload
 * - shelfmark:secret-status whether remote tokens are keyring-encrypted
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { FileUploadRequest } from '../../shared/bridge.ts'
import type { Caller, Engine } from '../engine/engine.ts'
import { isTrustedSender } from '../security-policy.ts'
import { callFromWindow } from './engine-call.ts'
import type { SecretStatus } from './safe-storage-secrets.ts'
import { UploadCancelled, uploadFromPath } from './upload-from-path.ts'

/** What the channels need from the app. */
export type ChannelDeps = { engine: Engine; owner: () => Caller; secretStatus: () => SecretStatus }

/** Progress events per upload, at most this often. */
const progressIntervalMs = 100

/** Registers the handlers; returns their removal. */
export function registerChannels(deps: ChannelDeps): () => void {
  const uploads = new Map<string, AbortController>()
  const trusted = (event: IpcMainInvokeEvent) => isTrustedSender(event.senderFrame)

  ipcMain.handle('shelfmark:call', (event, name: unknown, params: unknown) =>
    callFromWindow(deps.engine, deps.owner, event.senderFrame, name, params),
  )

  ipcMain.handle('shelfmark:upload-file', async (event, request: FileUploadRequest) => {
    if (!trusted(event)) throw new Error('Access denied')
    if (!isUploadRequest(request)) throw new Error('Bad upload request')
    const controller = new AbortController()
    uploads.set(request.jobId, controller)
    let last = 0
    const onProgress = (loaded: number, total: number) => {
      const now = Date.now()
      if (loaded < total && now - last < progressIntervalMs) return
      last = now
      if (!event.sender.isDestroyed()) event.sender.send('shelfmark:file-progress', { jobId: request.jobId, loaded, total })
    }
    try {
      return await uploadFromPath(deps.engine, deps.owner(), request, { onProgress, signal: controller.signal })
    } catch (error) {
      if (error instanceof UploadCancelled) return { help: '', success: false, error: { __type: 'Validation Error', upload: ['cancelled'] } }
      throw error
    } finally {
      uploads.delete(request.jobId)
    }
  })

  ipcMain.handle('shelfmark:cancel-upload', (event, jobId: unknown) => {
    if (!trusted(event) || typeof jobId !== 'string') return
    uploads.get(jobId)?.abort()
  })

  ipcMain.handle('shelfmark:secret-status', (event) => (trusted(event) ? deps.secretStatus() : null))

  return () => {
    for (const channel of ['shelfmark:call', 'shelfmark:upload-file', 'shelfmark:cancel-upload', 'shelfmark:secret-status']) {
      ipcMain.removeHandler(channel)
    }
    for (const controller of uploads.values()) controller.abort()
  }
}

function isUploadRequest(value: unknown): value is FileUploadRequest {
  const r = value as FileUploadRequest
  return (
    !!r &&
    typeof r.jobId === 'string' &&
    typeof r.path === 'string' &&
    typeof r.packageId === 'string' &&
    (r.resourceId === undefined || typeof r.resourceId === 'string') &&
    (r.fields === undefined || (typeof r.fields === 'object' && Object.values(r.fields).every((v) => typeof v === 'string')))
  )
}
