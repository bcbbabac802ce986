import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stageFile, type FileProgress } from '../../../../electron/engine/files/stage-file.ts'

let dir: string
let dataDir: string
let source: string
const bytes = Buffer.alloc(3 * 1024 * 1024 + 17, 7)
bytes.write('header', 0)

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shelfmark-stage-'))
  dataDir = join(dir, 'data')
  source = join(dir, 'Rivers Of Europe.csv')
  writeFileSync(source, bytes)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('stageFile', () => {
  it('copies into files/tmp with size, sha256 and rising progress up to the total', async () => {
    const events: FileProgress[] = []
    const staged = await stageFile(source, dataDir, { bytesTotal: bytes.length, onProgress: (p) => events.push(p) })
    expect(staged.tempPath.startsWith(join(dataDir, 'files', 'tmp'))).toBe(true)
    expect(staged.filename).toBe('Rivers Of Europe.csv')
    expect(staged.size).toBe(bytes.length)
    expect(staged.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(readFileSync(staged.tempPath).equals(bytes)).toBe(true)
    expect(events.length).toBeGreaterThan(1)
    expect(events.at(-1)).toEqual({ bytesDone: bytes.length, bytesTotal: bytes.length })
    for (let i = 1; i < events.length; i++) expect(events[i].bytesDone).toBeGreaterThan(events[i - 1].bytesDone)
  })

  it('stops on abort, removes the partial copy and rejects with an AbortError', async () => {
    const controller = new AbortController()
    const copying = stageFile(source, dataDir, {
      bytesTotal: bytes.length,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    await expect(copying).rejects.toMatchObject({ name: 'AbortError' })
    expect(readdirSync(join(dataDir, 'files', 'tmp'))).toEqual([])
  })

  it('rejects for a missing source and leaves nothing behind', async () => {
    await expect(stageFile(join(dir, 'nope.csv'), dataDir, { bytesTotal: 0 })).rejects.toMatchObject({ code: 'ENOENT' })
    expect(existsSync(join(dataDir, 'files', 'tmp')) ? readdirSync(join(dataDir, 'files', 'tmp')) : []).toEqual([])
  })
})
