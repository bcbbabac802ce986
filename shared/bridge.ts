/**
 * What the desktop preload exposes to the page as `window.shelfmark`.
 *
 * Declared here so the renderer can type it without importing electron/;
 * electron/preload.ts builds an object that satisfies it.
 */
import type { Envelope } from './envelope.ts'

/** Progress of one file being copied into the catalog by the desktop app. */
export type FileProgress = { jobId: string; loaded: number; total: number }

/** The named functions the preload offers; never ipcRenderer itself. */
export type ShelfmarkBridge = {
  /** Calls an engine action through the IPC door; resolves to CKAN's envelope. */
  call(name: string, params: unknown): Promise<Envelope<unknown>>
  /** The absolute path of a file dropped on the page (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string
  /**
   * Creates (or replaces, with `resourceId`) a resource from a file on disk;
   * resolves to the resource_create / resource_update envelope.
   */
  uploadFile(request: FileUploadRequest): Promise<Envelope<unknown>>
  /** Cancels an upload started with `uploadFile`. */
  cancelUpload(jobId: string): Promise<void>
  /** Subscribes to upload progress; returns the unsubscribe function. */
  onFileProgress(listener: (progress: FileProgress) => void): () => void
  /** Subscribes to application menu commands (e.g. "new-dataset"); returns the unsubscribe function. */
  onMenuCommand(listener: (command: string) => void): () => void
  /** Whether remote secrets are encrypted by the OS keyring (false: stored with a weaker fallback). */
  secretStorageStatus(): Promise<{ encrypted: boolean; backend: string }>
}

/** One file to turn into a resource, by path, as the desktop app reads it from disk. */
export type FileUploadRequest = {
  jobId: string
  path: string
  packageId: string
  /** Replace this resource's file instead of creating a new resource. */
  resourceId?: string
  fields?: Record<string, string>
}
