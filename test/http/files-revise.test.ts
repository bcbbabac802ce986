/**
 * package_revise with files in flattened keys, as ckanapi sends them
 * (`update__resources__-1__upload=@file`): the file becomes that resource's
 * upload, exactly as resource_create's `upload` does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { download, makeDataset, orphans, sha256, startDoor, uploadFile, type Door } from './files-helpers.ts'

let door: Door
beforeAll(async () => {
  door = await startDoor({ maxResourceSizeMb: 5 })
})
afterAll(() => door.close())

const csv = 'station,level\nlisbon,3.2\nporto,2.9\n'

describe('package_revise with uploaded files', () => {
  it('appends a resource holding the file sent as update__resources__-1__upload', async () => {
    const dataset = await makeDataset(door, 'revised-upload')
    const reply = await uploadFile(
      door,
      'package_revise',
      { match__id: dataset.id, update__resources__extend: '[{"name": "Levels"}]' },
      { name: 'levels.csv', bytes: csv, type: 'text/csv', field: 'update__resources__-1__upload' },
    )
    expect(reply.status).toBe(200)
    const [resource] = reply.json.result.package.resources
    expect(resource).toMatchObject({ name: 'Levels', url_type: 'upload', size: csv.length, hash: sha256(csv), format: 'CSV', mimetype: 'text/csv' })
    expect(resource.url).toBe(`${door.url}/dataset/${dataset.id}/resource/${resource.id}/download/levels.csv`)
    expect((await download(door, resource.url)).body.toString()).toBe(csv)
    expect(orphans(door)).toEqual([])
  })

  it("replaces a resource's file, the old one leaving the disk", async () => {
    const dataset = await makeDataset(door, 'revised-replace')
    const first = await uploadFile(door, 'resource_create', { package_id: dataset.id, name: 'Data' }, { name: 'old.csv', bytes: 'a,b\n1,2\n' })
    expect(first.status).toBe(200)
    const reply = await uploadFile(
      door,
      'package_revise',
      { match__id: dataset.id },
      { name: 'new.csv', bytes: csv, field: `update__resources__${first.json.result.id.slice(0, 8)}__upload` },
    )
    expect(reply.status).toBe(200)
    const [resource] = reply.json.result.package.resources
    expect(resource.id).toBe(first.json.result.id)
    expect(resource.hash).toBe(sha256(csv))
    expect((await download(door, resource.url)).body.toString()).toBe(csv)
    expect(orphans(door)).toEqual([])
  })

  it('refuses a file sent as any other field, leaving the dataset and the disk as they were', async () => {
    const dataset = await makeDataset(door, 'revised-stray')
    const before = door.fingerprint()
    const reply = await uploadFile(door, 'package_revise', { match__id: dataset.id }, { name: 'notes.txt', bytes: 'x', field: 'update__notes' })
    expect(reply.status).toBe(409)
    expect(reply.json.error).toEqual({ __type: 'Validation Error', update__notes: ['Files can only be sent as a resource\'s "upload"'] })
    expect(door.fingerprint()).toBe(before)
    expect(orphans(door)).toEqual([])
  })
})
