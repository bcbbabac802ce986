/**
 * Why a pulled file failed to download, in the pull's summary: CKAN builds
 * upload URLs from its ckan.site_url, which often names another origin than
 * the one the user added the remote with, and the token never goes there.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createResourceFromFile } from '../../electron/engine/files/resource-from-file.ts'
import { localSite, remoteSite, type LocalSite, type RemoteSite } from './helpers/sites.ts'

let remote: RemoteSite
let local: LocalSite
let scratch: string
beforeEach(async () => {
  remote = await remoteSite()
  local = localSite({ onDisk: true })
  scratch = mkdtempSync(join(tmpdir(), 'shelfmark-file-failures-'))
})
afterEach(() => {
  local.close()
  remote.close()
  rmSync(scratch, { recursive: true, force: true })
})

it('names the failure and the other origin the file lives on', async () => {
  const org = remote.call('organization_create', remote.sysadmin, { name: 'files-org' }).id
  remote.call('package_create', remote.sysadmin, { name: 'closed', owner_org: org, private: true })
  const path = join(scratch, 'data.csv')
  writeFileSync(path, 'a,b\n1,2\n')
  await createResourceFromFile(remote.engine, remote.sysadmin, { package_id: 'closed', path, name: 'Data' })
  const fileOrigin = new URL(remote.url).origin // upload URLs name the origin the remote serves on
  const other = remote.url.replace('127.0.0.1', 'localhost') // the same site, added under another name
  local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: other, token: remote.token })

  const job = await local.runJob('shelfmark_pull', { remote: 'portal', files: true })
  expect(job.result.created).toBe(1)
  expect(job.result.files).toMatchObject({ downloaded: 0, failed: 1 })
  expect(job.result.files.failures).toEqual([
    {
      dataset: 'closed',
      url: expect.stringContaining(`${fileOrigin}/dataset/`),
      error: expect.stringContaining(`(the file is on ${fileOrigin}, not ${new URL(other).origin}: the token is not sent there)`),
    },
  ])
})
