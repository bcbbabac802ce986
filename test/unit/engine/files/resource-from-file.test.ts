/** The desktop's file API: create or replace a resource from a path, with progress and cancellation. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createResourceFromFile, replaceResourceFile, type FileProgress } from '../../../../electron/engine/files/resource-from-file.ts'
import { ActionError } from '../../../../electron/engine/errors.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

let t: TestEngine
let source: string
let datasetId: string
beforeEach(() => {
  t = testEngine({ onDisk: true, config: { maxResourceSizeMb: 2 } })
  source = mkdtempSync(join(tmpdir(), 'shelfmark-drop-'))
  t.call('organization_create', t.sysadmin, { name: 'drops' })
  datasetId = t.call('package_create', t.sysadmin, { name: 'dropped', owner_org: 'drops' }).id
})
afterEach(() => {
  t.close()
  rmSync(source, { recursive: true, force: true })
})

function file(name: string, content: string | Buffer): string {
  const path = join(source, name)
  writeFileSync(path, content)
  return path
}

const tmpLeft = () => {
  const dir = join(t.dataDir!, 'files', 'tmp')
  return existsSync(dir) ? readdirSync(dir) : []
}

async function errorOf(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ActionError) return error.body() as Record<string, unknown>
    throw error
  }
  throw new Error('expected a failure')
}

describe('createResourceFromFile', () => {
  it('survives a resource_update that sends only its download url and a new name, as clients do', async () => {
    const resource = (await createResourceFromFile(t.engine, t.sysadmin, { package_id: datasetId, path: file('Lakes.csv', 'a,b\n1,2\n') })) as Record<string, any>
    const updated = t.call('resource_update', t.sysadmin, { id: resource.id, url: resource.url, name: 'Lakes, renamed' })
    expect(updated).toMatchObject({ url: resource.url, url_type: 'upload', name: 'Lakes, renamed', size: 8, hash: resource.hash, format: 'CSV' })
    expect(readFileSync(join(t.dataDir!, 'files', resource.id, 'lakes.csv'), 'utf8')).toBe('a,b\n1,2\n')
  })

  it('creates an uploaded resource named after the file, reporting progress to the end', async () => {
    const bytes = Buffer.alloc(1536 * 1024, 3)
    const events: FileProgress[] = []
    const resource = (await createResourceFromFile(t.engine, t.sysadmin, { package_id: datasetId, path: file('Lakes.csv', bytes) }, (p) =>
      events.push(p),
    )) as Record<string, any>
    expect(resource).toMatchObject({ name: 'Lakes.csv', url_type: 'upload', size: bytes.length, format: 'CSV', mimetype: 'text/csv' })
    expect(events.at(-1)).toEqual({ bytesDone: bytes.length, bytesTotal: bytes.length })
    expect(readFileSync(join(t.dataDir!, 'files', resource.id, 'lakes.csv')).equals(bytes)).toBe(true)
    expect(tmpLeft()).toEqual([])
  })

  it('refuses too large a file before copying anything', async () => {
    const events: FileProgress[] = []
    const path = file('big.bin', Buffer.alloc(2 * 1024 * 1024 + 1))
    const error = await errorOf(createResourceFromFile(t.engine, t.sysadmin, { package_id: datasetId, path }, (p) => events.push(p)))
    expect(error).toEqual({ __type: 'Validation Error', upload: ['File upload too large'] })
    expect(events).toEqual([])
  })

  it('answers a missing file and an unknown dataset with CKAN errors, copying nothing', async () => {
    expect((await errorOf(createResourceFromFile(t.engine, t.sysadmin, { package_id: datasetId, path: join(source, 'nope') }))).__type).toBe(
      'Validation Error',
    )
    const path = file('a.csv', 'a')
    expect((await errorOf(createResourceFromFile(t.engine, t.sysadmin, { package_id: 'nope', path }))).__type).toBe('Not Found Error')
    expect(tmpLeft()).toEqual([])
  })

  it('refuses a caller who may not edit the dataset, leaving nothing behind', async () => {
    const error = await errorOf(createResourceFromFile(t.engine, t.user('stranger'), { package_id: datasetId, path: file('a.csv', 'a') }))
    expect(error.__type).toBe('Authorization Error')
    expect(tmpLeft()).toEqual([])
    expect(t.call('package_show', t.sysadmin, { id: datasetId }).resources).toEqual([])
  })

  it('stops when cancelled: AbortError, no resource, no file', async () => {
    const controller = new AbortController()
    const path = file('slow.bin', Buffer.alloc(1900 * 1024, 1))
    const creating = createResourceFromFile(t.engine, t.sysadmin, { package_id: datasetId, path }, () => controller.abort(), controller.signal)
    await expect(creating).rejects.toMatchObject({ name: 'AbortError' })
    expect(t.call('package_show', t.sysadmin, { id: datasetId }).resources).toEqual([])
    expect(tmpLeft()).toEqual([])
    expect(readdirSync(join(t.dataDir!, 'files'))).toEqual(['tmp'])
  })
})

describe('replaceResourceFile', () => {
  it('replaces the file, keeping a format the user chose while the file type stays the same', async () => {
    const created = (await createResourceFromFile(t.engine, t.sysadmin, {
      package_id: datasetId,
      path: file('shapes.zip', 'v1'),
      format: 'Shapefile',
    })) as Record<string, any>
    const replaced = (await replaceResourceFile(t.engine, t.sysadmin, { id: created.id, path: file('shapes-2.zip', 'v2!') })) as Record<string, any>
    expect(created.format).toBe('SHP') // CKAN's register name for "Shapefile"
    expect(replaced).toMatchObject({ id: created.id, format: 'SHP', size: 3, name: 'shapes.zip' })
    expect(readdirSync(join(t.dataDir!, 'files', created.id))).toEqual(['shapes-2.zip'])
  })

  it('guesses mimetype and format afresh when the file type changes', async () => {
    const created = (await createResourceFromFile(t.engine, t.sysadmin, { package_id: datasetId, path: file('table.csv', 'a') })) as Record<string, any>
    const replaced = (await replaceResourceFile(t.engine, t.sysadmin, { id: created.id, path: file('table.json', '{}') })) as Record<string, any>
    expect(replaced).toMatchObject({ format: 'JSON', mimetype: 'application/json' })
    expect(tmpLeft()).toEqual([])
  })

  it('answers an unknown resource with 404 before copying', async () => {
    const events: FileProgress[] = []
    const error = await errorOf(replaceResourceFile(t.engine, t.sysadmin, { id: 'nope', path: file('x.csv', 'x') }, (p) => events.push(p)))
    expect(error.__type).toBe('Not Found Error')
    expect(events).toEqual([])
  })
})
