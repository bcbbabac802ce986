import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createResourceFromFile, replaceResourceFile } from '../../electron/engine/files/resource-from-file.ts'
import { resourceFilePath } from '../../electron/engine/files/store-paths.ts'
import { RemoteCkan } from '../../electron/sync/remote-ckan.ts'
import { localSite, remoteSite, type LocalSite, type RemoteSite } from './helpers/sites.ts'

let remote: RemoteSite
let local: LocalSite
let scratch: string
let orgId: string
beforeEach(async () => {
  remote = await remoteSite()
  orgId = remote.call('organization_create', remote.sysadmin, { name: 'files-org' }).id
  remote.call('package_create', remote.sysadmin, { name: 'seeded', owner_org: orgId })
  local = localSite({ onDisk: true })
  local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: remote.url, token: remote.token })
  await local.runJob('shelfmark_pull', { remote: 'portal' })
  scratch = mkdtempSync(join(tmpdir(), 'shelfmark-files-'))
})
afterEach(() => {
  local.close()
  remote.close()
  rmSync(scratch, { recursive: true, force: true })
})

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
function file(name: string, bytes: Buffer): string {
  const path = join(scratch, name)
  writeFileSync(path, bytes)
  return path
}
async function remoteBytes(url: string): Promise<Buffer> {
  const target = join(scratch, `got-${Date.now()}`)
  await new RemoteCkan({ url: remote.url, token: remote.token }).download(url, target)
  return readFileSync(target)
}

describe('files', () => {
  it('publishes a new dataset with uploaded files: bytes and sha256 equal on the remote', async () => {
    local.call('package_create', local.sysadmin, { name: 'with-files', owner_org: orgId })
    const bytes = randomBytes(300_000)
    await createResourceFromFile(local.engine, local.sysadmin, { package_id: 'with-files', path: file('data.bin', bytes), name: 'Data' })
    const plan = local.call('shelfmark_push_plan', local.sysadmin, { remote: 'portal' })
    expect(plan[0]).toMatchObject({ action: 'create', uploads: [{ name: 'data.bin', size: bytes.length }] })
    const job = await local.runJob('shelfmark_push', { remote: 'portal' })
    expect(job.result).toMatchObject({ created: 1, failed: 0 })
    const published = remote.call('package_show', remote.sysadmin, { id: 'with-files' })
    expect(published.resources[0]).toMatchObject({ url_type: 'upload', name: 'Data' })
    const got = await remoteBytes(published.resources[0].url)
    expect(got.length).toBe(bytes.length)
    expect(sha256(got)).toBe(sha256(bytes))
    expect(local.call('shelfmark_status', local.sysadmin, {}).changes).toEqual([])
    expect(local.call('shelfmark_push_plan', local.sysadmin, { remote: 'portal' })).toEqual([])
  })

  it('uploads a replaced file of a pulled dataset, and only that', async () => {
    await createResourceFromFile(local.engine, local.sysadmin, { package_id: 'seeded', path: file('a.csv', Buffer.from('a,b\n1,2\n')) })
    await local.runJob('shelfmark_push', { remote: 'portal' })
    const resourceId = local.call('package_show', local.sysadmin, { id: 'seeded' }).resources[0].id
    const next = Buffer.from('a,b\n3,4\n5,6\n')
    await replaceResourceFile(local.engine, local.sysadmin, { id: resourceId, path: file('a.csv', next) })
    const plan = local.call('shelfmark_push_plan', local.sysadmin, { remote: 'portal' })
    expect(plan[0].uploads).toEqual([expect.objectContaining({ name: 'a.csv', size: next.length })])
    await local.runJob('shelfmark_push', { remote: 'portal' })
    const published = remote.call('package_show', remote.sysadmin, { id: 'seeded' })
    expect(published.resources).toHaveLength(1)
    expect(sha256(await remoteBytes(published.resources[0].url))).toBe(sha256(next))
  })

  it('pull --files downloads uploaded files into the FileStore within the budget', async () => {
    const bytes = randomBytes(50_000)
    await createResourceFromFile(remote.engine, remote.sysadmin, { package_id: 'seeded', path: file('remote.bin', bytes) })
    await createResourceFromFile(remote.engine, remote.sysadmin, { package_id: 'seeded', path: file('big.bin', randomBytes(200_000)) })
    const job = await local.runJob('shelfmark_pull', { remote: 'portal', files: true, max_file_bytes: 100_000 })
    expect(job.result.files).toMatchObject({ downloaded: 1, over_budget: 1, failed: 0 })
    const resource = local.call('package_show', local.sysadmin, { id: 'seeded' }).resources.find((r: any) => r.name === 'remote.bin')
    const path = resourceFilePath(local.dataDir!, resource.id, 'remote.bin')!
    expect(sha256(readFileSync(path))).toBe(sha256(bytes))
    const again = await local.runJob('shelfmark_pull', { remote: 'portal', files: true, full: true, max_file_bytes: 100_000 })
    expect(again.result.files).toMatchObject({ downloaded: 0, skipped: 1 })
  })
})
