/**
 * Copies a file from anywhere on the user's disk into files/tmp, hashing
 * and counting on the way, with progress and cancellation: the desktop's
 * half of an upload, done outside any transaction (it may take minutes).
 */
import { createHash, randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs'
import { once } from 'node:events'
import { basename, join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { removeTempFile } from './file-moves.ts'
import type { StagedUpload } from './staged-upload.ts'
import { tmpDir } from './store-paths.ts'

/** Bytes copied so far out of the file's size when the copy began. */
export type FileProgress = { bytesDone: number; bytesTotal: number }

export type StageOptions = {
  /** The size the copy expects (from a stat); progress reports it as bytesTotal. */
  bytesTotal: number
  onProgress?: (progress: FileProgress) => void
  /** Aborting stops the copy, deletes the partial file and rejects with an AbortError. */
  signal?: AbortSignal
}

const chunkBytes = 1024 * 1024

/** Copies `sourcePath` to a new temporary file under `<dataDir>/files/tmp` and describes it. */
export async function stageFile(sourcePath: string, dataDir: string, options: StageOptions): Promise<StagedUpload> {
  const dir = tmpDir(dataDir)
  mkdirSync(dir, { recursive: true })
  const tempPath = join(dir, `${randomUUID()}.upload`)
  const hash = createHash('sha256')
  let bytesDone = 0
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytesDone += chunk.length
      options.onProgress?.({ bytesDone, bytesTotal: Math.max(options.bytesTotal, bytesDone) })
      done(null, chunk)
    },
  })
  const out = createWriteStream(tempPath, { flags: 'wx', highWaterMark: chunkBytes })
  try {
    await pipeline(createReadStream(sourcePath, { highWaterMark: chunkBytes }), measure, out, { signal: options.signal })
  } catch (error) {
    // pipeline rejects at the first failure, maybe while the file stream still opens its file
    // (which would then appear after the removal): wait for it to close first.
    if (!out.closed) await once(out, 'close').catch(() => undefined)
    removeTempFile(tempPath)
    throw error
  }
  return { tempPath, filename: basename(sourcePath), size: bytesDone, sha256: hash.digest('hex'), contentType: '' }
}
