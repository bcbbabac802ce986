/**
 * All the page can touch: named functions over fixed channels, exposed with
 * contextBridge. Never ipcRenderer itself (Electron checklist 20).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import type { FileProgress, FileUploadRequest, ShelfmarkBridge } from '../shared/bridge.ts'
import type { Envelope } from '../shared/envelope.ts'

/** Subscribes to one main → page channel, handing the listener only the payload. */
function listen<T>(channel: string, listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload)
  ipcRenderer.on(channel, wrapped)
  return () => ipcRenderer.removeListener(channel, wrapped)
}

const bridge: ShelfmarkBridge = {
  call: (name: string, params: unknown) => ipcRenderer.invoke('shelfmark:call', name, params) as Promise<Envelope<unknown>>,
  pathForFile: (file: File) => webUtils.getPathForFile(file),
  uploadFile: (request: FileUploadRequest) => ipcRenderer.invoke('shelfmark:upload-file', request) as Promise<Envelope<unknown>>,
  cancelUpload: (jobId: string) => ipcRenderer.invoke('shelfmark:cancel-upload', jobId) as Promise<void>,
  onFileProgress: (listener: (progress: FileProgress) => void) => listen('shelfmark:file-progress', listener),
  onMenuCommand: (listener: (command: string) => void) => listen('shelfmark:menu', listener),
  secretStorageStatus: () => ipcRenderer.invoke('shelfmark:secret-status') as Promise<{ encrypted: boolean; backend: string }>,
}

contextBridge.exposeInMainWorld('shelfmark', bridge)
