/**
 * The stage of most sync tests, fresh for each test: a remote seeded with
 * real-portal datasets behind a fault proxy, and a local catalog that knows
 * it (through the proxy) as the remote "portal".
 */
import { afterEach, beforeEach } from 'vitest'
import { faultProxy, type FaultProxy } from './proxy.ts'
import { localSite, remoteSite, seedPortalDatasets, type LocalSite, type RemoteSite } from './sites.ts'

export type SitePair = {
  remote: RemoteSite
  proxy: FaultProxy
  local: LocalSite
  /** The seeded datasets' names. */
  names: string[]
}

/** Registers the hooks that build and tear down the stage with `datasets` seeded; its fields are set while a test runs. */
export function sitePair(datasets: number): SitePair {
  const pair = {} as SitePair
  beforeEach(async () => {
    pair.remote = await remoteSite({ createUnownedDataset: true })
    pair.names = await seedPortalDatasets(pair.remote, datasets)
    pair.proxy = await faultProxy(pair.remote.url)
    pair.local = localSite()
    pair.local.call('shelfmark_remote_add', pair.local.sysadmin, { name: 'portal', url: pair.proxy.url, token: pair.remote.token })
  })
  afterEach(async () => {
    pair.local.close()
    await pair.proxy.close()
    pair.remote.close()
  })
  return pair
}
