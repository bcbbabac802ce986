/**
 * The stage of the CLI sync tests, fresh for each test: a remote seeded with
 * four real-portal datasets behind a fault proxy, and an empty data
 * directory for the CLI's catalog.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { Engine } from '../../../electron/engine/engine.ts'
import { withCatalog } from './cli.ts'
import { faultProxy, type FaultProxy } from './proxy.ts'
import { remoteSite, seedPortalDatasets, type RemoteSite } from './sites.ts'

export type CliSite = {
  remote: RemoteSite
  proxy: FaultProxy
  dataDir: string
  /** The seeded datasets' names. */
  names: string[]
  /** Edits the CLI's catalog in-process between commands (the data directory is shared, as with a running app). */
  withCatalog<T>(work: (engine: Engine) => T): T
}

/** Registers the hooks that build and tear down the stage; its fields are set while a test runs. */
export function cliSite(): CliSite {
  const site = { withCatalog: (work) => withCatalog(site.dataDir, work) } as CliSite
  beforeEach(async () => {
    site.remote = await remoteSite({ createUnownedDataset: true })
    site.names = await seedPortalDatasets(site.remote, 4)
    site.proxy = await faultProxy(site.remote.url)
    site.dataDir = mkdtempSync(join(tmpdir(), 'shelfmark-cli-sync-'))
  })
  afterEach(async () => {
    await site.proxy.close()
    site.remote.close()
    rmSync(site.dataDir, { recursive: true, force: true, maxRetries: 5 }) // a killed CLI's files may still be settling
  })
  return site
}
