/**
 * Image uploads through the engine alone (the desktop's way in, no HTTP
 * door cutting large files off): ckan.max_image_size, the in-memory engine,
 * and a stored file that appears only on commit.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { StagedUpload } from '../../../../electron/engine/files/staged-upload.ts'
import { newId } from '../../../../electron/engine/time.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('body')])

let t: TestEngine
afterEach(() => t.close())

function stage(content: Buffer, filename: string): StagedUpload {
  const dir = join(t.dataDir!, 'files', 'tmp')
  mkdirSync(dir, { recursive: true })
  const tempPath = join(dir, `${newId()}.upload`)
  writeFileSync(tempPath, content)
  return { tempPath, filename, size: content.length, sha256: createHash('sha256').update(content).digest('hex'), contentType: 'image/png' }
}

function groupImages(): string[] {
  const dir = join(t.dataDir!, 'uploads', 'group')
  return existsSync(dir) ? readdirSync(dir) : []
}

describe('image uploads in the engine', () => {
  it('refuses a file over ckan.max_image_size with CKAN\'s error, after the save, leaving nothing', () => {
    t = testEngine({ onDisk: true, config: { maxImageSizeMb: 1 } })
    const upload = stage(Buffer.concat([png, Buffer.alloc(1024 * 1024)]), 'big.png')
    const error = t.failure('group_create', t.sysadmin, { name: 'big', image_upload: upload })
    expect(error).toEqual({ __type: 'Validation Error', upload: ['File upload too large'] })
    expect(t.call('group_list', t.sysadmin, {})).toEqual([])
    expect(existsSync(upload.tempPath)).toBe(false)
    expect(groupImages()).toEqual([])
  })

  it('accepts a file of exactly ckan.max_image_size MB (CKAN refuses only more)', () => {
    t = testEngine({ onDisk: true, config: { maxImageSizeMb: 1 } })
    const exact = Buffer.concat([png, Buffer.alloc(1024 * 1024 - png.length)])
    const group = t.call('group_create', t.sysadmin, { name: 'exact', image_upload: stage(exact, 'e.png') }) as { image_url: string }
    expect(groupImages()).toEqual([group.image_url])
  })

  it('refuses a file in an engine without a data directory, as resource uploads are', () => {
    t = testEngine({ onDisk: true })
    const upload = stage(png, 'a.png')
    const memory = testEngine()
    try {
      const error = memory.failure('organization_create', memory.sysadmin, { name: 'mem', image_upload: upload })
      expect(error).toEqual({ __type: 'Validation Error', image_upload: ['File uploads need a catalog with a data directory'] })
    } finally {
      memory.close()
    }
  })
})
