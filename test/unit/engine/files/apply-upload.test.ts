/**
 * applyUpload inside a real engine transaction, through a probe action
 * registered in this test process: what the dict gets, where the file goes
 * on commit, and that a rollback or a refusal leaves nothing behind.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { anyone, defineAction } from '../../../../electron/engine/define-action.ts'
import { applyUpload } from '../../../../electron/engine/files/apply-upload.ts'
import type { StagedUpload } from '../../../../electron/engine/files/staged-upload.ts'
import { registry } from '../../../../electron/engine/registry.ts'
import { newId } from '../../../../electron/engine/time.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

registry.set(
  'test_apply_upload',
  defineAction('test_apply_upload', {
    auth: anyone,
    help: 'Applies an upload to a resource dict; fails afterwards when asked to.',
    run(ctx, data) {
      const resource = { ...(data.resource as Record<string, unknown>) }
      applyUpload(ctx, resource, data.upload)
      if (data.failAfter) throw new Error('the save failed')
      return resource
    },
  }),
)

let t: TestEngine
beforeEach(() => {
  t = testEngine({ onDisk: true, config: { maxResourceSizeMb: 1 } })
})
afterEach(() => t.close())

function stage(content: Buffer | string, filename: string): StagedUpload {
  const dir = join(t.dataDir!, 'files', 'tmp')
  mkdirSync(dir, { recursive: true })
  const tempPath = join(dir, `${newId()}.upload`)
  writeFileSync(tempPath, content)
  const bytes = Buffer.from(content)
  return { tempPath, filename, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), contentType: '' }
}

const tmpFiles = () => readdirSync(join(t.dataDir!, 'files', 'tmp'))

describe('applyUpload', () => {
  it('fills the upload fields and moves the file into files/<id>/ on commit', () => {
    const upload = stage('id,name\n1,a\n', 'My Rivers.CSV')
    const id = newId()
    const resource = t.call('test_apply_upload', t.sysadmin, { resource: { id, format: '', mimetype: null }, upload })
    expect(resource).toMatchObject({
      url: 'my-rivers.csv',
      url_type: 'upload',
      size: 12,
      hash: upload.sha256,
      mimetype: 'text/csv',
      format: 'CSV',
    })
    expect(resource.last_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/)
    expect(readFileSync(join(t.dataDir!, 'files', id, 'my-rivers.csv'), 'utf8')).toBe('id,name\n1,a\n')
    expect(tmpFiles()).toEqual([])
  })

  it('keeps a mimetype and format the client gave', () => {
    const upload = stage('{}', 'package.json')
    const resource = t.call('test_apply_upload', t.sysadmin, {
      resource: { id: newId(), format: 'GeoJSON', mimetype: 'application/geo+json' },
      upload,
    })
    expect(resource).toMatchObject({ format: 'GeoJSON', mimetype: 'application/geo+json', url: 'package.json' })
  })

  it('replaces an earlier file of the resource, whatever its name', () => {
    const id = newId()
    t.call('test_apply_upload', t.sysadmin, { resource: { id }, upload: stage('old', 'old.csv') })
    t.call('test_apply_upload', t.sysadmin, { resource: { id }, upload: stage('new', 'new.txt') })
    expect(readdirSync(join(t.dataDir!, 'files', id))).toEqual(['new.txt'])
    expect(readFileSync(join(t.dataDir!, 'files', id, 'new.txt'), 'utf8')).toBe('new')
  })

  it('leaves no file anywhere when the transaction rolls back', () => {
    const id = newId()
    expect(() => t.call('test_apply_upload', t.sysadmin, { resource: { id }, upload: stage('x', 'a.csv'), failAfter: true })).toThrow()
    expect(existsSync(join(t.dataDir!, 'files', id))).toBe(false)
    expect(tmpFiles()).toEqual([])
  })

  it("refuses a file over maxResourceSizeMb with CKAN's error", () => {
    const upload = stage(Buffer.alloc(1024 * 1024 + 1), 'big.bin')
    const error = t.failure('test_apply_upload', t.sysadmin, { resource: { id: newId() }, upload })
    expect(error).toEqual({ __type: 'Validation Error', upload: ['File upload too large'] })
    expect(tmpFiles()).toEqual([])
  })

  it('accepts a file of exactly maxResourceSizeMb', () => {
    const upload = stage(Buffer.alloc(1024 * 1024), 'edge.bin')
    expect(t.call('test_apply_upload', t.sysadmin, { resource: { id: newId() }, upload }).size).toBe(1024 * 1024)
  })

  it('refuses a forged upload naming a file outside files/tmp, and leaves that file alone', () => {
    const secret = join(t.dataDir!, 'catalog.sqlite')
    const before = readFileSync(secret).length
    const forged = { tempPath: secret, filename: 'x.csv', size: before, sha256: '', contentType: '' }
    const error = t.failure('test_apply_upload', t.sysadmin, { resource: { id: newId() }, upload: forged })
    expect(error.__type).toBe('Validation Error')
    expect(error.upload).toHaveLength(1)
    const traversal = { ...forged, tempPath: join(t.dataDir!, 'files', 'tmp', '..', '..', 'catalog.sqlite') }
    expect(t.failure('test_apply_upload', t.sysadmin, { resource: { id: newId() }, upload: traversal }).__type).toBe('Validation Error')
    expect(existsSync(secret)).toBe(true)
  })

  it('refuses an upload whose size does not match its file', () => {
    const upload = { ...stage('abc', 'a.csv'), size: 2 }
    expect(t.failure('test_apply_upload', t.sysadmin, { resource: { id: newId() }, upload }).__type).toBe('Validation Error')
  })

  it('refuses to store a file for an id that is not one path segment', () => {
    for (const id of ['../escape', 'tmp', 'a/b', '..']) {
      const error = t.failure('test_apply_upload', t.sysadmin, { resource: { id }, upload: stage('x', 'a.csv') })
      expect(error.__type).toBe('Validation Error')
    }
    expect(readdirSync(join(t.dataDir!, 'files')).sort()).toEqual(['tmp'])
    expect(tmpFiles()).toEqual([])
  })

  it('ignores an upload that is not a file (a plain form field), as CKAN does', () => {
    const resource = t.call('test_apply_upload', t.sysadmin, { resource: { id: newId(), url: 'http://x.org/a.csv' }, upload: 'text' })
    expect(resource).toEqual({ id: resource.id, url: 'http://x.org/a.csv' })
  })

  it('refuses uploads in a catalog without a data directory', () => {
    const memory = testEngine()
    try {
      const upload = { tempPath: '/tmp/x.upload', filename: 'a.csv', size: 1, sha256: '', contentType: '' }
      const error = memory.failure('test_apply_upload', memory.sysadmin, { resource: { id: newId() }, upload })
      expect(error.__type).toBe('Validation Error')
    } finally {
      memory.close()
    }
  })
})
