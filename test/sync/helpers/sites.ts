/**
 * The two catalogs of a sync test: a "remote" Shelfmark served over HTTP on
 * 127.0.0.1 (its own temp data directory, random port) and a local engine
 * driving sync actions; jobs run in the foreground so tests await them.
 */
import { startServer, type RunningServer } from '../../../electron/server/server.ts'
import { runJob, runJobsInForeground, configureSyncTransport } from '../../../electron/sync/jobs/runner.ts'
import { createPortalDataset, portalDatasets } from '../../helpers/portal-datasets.ts'

export { haveFixtures, portalDatasets } from '../../helpers/portal-datasets.ts'
import { testEngine, type TestEngine } from '../../helpers/test-engine.ts'
import type { Caller } from '../../../electron/engine/engine.ts'

export type RemoteSite = TestEngine & { server: RunningServer; url: string; token: string; close(): void }

/** A Shelfmark serving CKAN's API on a random loopback port, with a sysadmin token. */
export async function remoteSite(config: Record<string, unknown> = {}): Promise<RemoteSite> {
  const t = testEngine({ onDisk: true, config })
  const server = await startServer({ engine: t.engine, host: '127.0.0.1', port: 0 })
  const { token } = t.call('api_token_create', t.sysadmin, { user: 'admin', name: 'sync-test' })
  const close = t.close
  return Object.assign(t, {
    server,
    url: server.url,
    token,
    close: () => {
      void server.close().then(close)
    },
  })
}

export type LocalSite = TestEngine & {
  /** Calls a job-starting action and runs the job to its end; returns the final job dict. */
  runJob(action: string, params: Record<string, unknown>, caller?: Caller): Promise<any>
}

/** A local catalog whose jobs run when the test awaits them, with quick retries. */
export function localSite(options: { onDisk?: boolean; config?: Record<string, unknown> } = {}): LocalSite {
  const t = testEngine(options)
  runJobsInForeground(t.engine)
  configureSyncTransport(t.engine, { timeoutMs: 5000, retry: { retries: 3, baseMs: 20, capMs: 200, maxRetryAfterMs: 5000 } })
  return Object.assign(t, {
    async runJob(action: string, params: Record<string, unknown>, caller: Caller = t.sysadmin) {
      const job = t.call(action, caller, params)
      await runJob(t.engine, job.id)
      return t.call('shelfmark_job_show', caller, { id: job.id })
    },
  })
}

/**
 * Seeds a remote with the real-portal datasets (test/helpers/portal-datasets.ts):
 * their organizations, groups and tag vocabularies first, then each dataset
 * through package_create. Resolves to the names created.
 */
export async function seedPortalDatasets(site: TestEngine, limit?: number): Promise<string[]> {
  const names: string[] = []
  const exists = (name: string) => site.engine.db.prepare('SELECT 1 FROM groups WHERE name = ?').get(name) !== undefined
  const vocabularies = new Map<string, string>()
  const call = (action: string, params: Record<string, unknown>) => site.call(action, site.sysadmin, params)
  for (const { dict } of portalDatasets().slice(0, limit)) names.push(await createPortalDataset(call, dict, exists, vocabularies))
  return names
}

/** A dataset dict with what differs between two sites for the same content set aside (organization/group rows' own timestamps, upload URLs' host). */
export function comparable(dict: Record<string, any>): Record<string, any> {
  const out = structuredClone(dict)
  if (out.organization) out.organization = { id: out.organization.id, name: out.organization.name, title: out.organization.title }
  out.groups = (out.groups ?? []).map((g: any) => ({ id: g.id, name: g.name, title: g.title }))
  for (const r of out.resources ?? []) if (r.url_type === 'upload' && typeof r.url === 'string') r.url = r.url.slice(r.url.lastIndexOf('/') + 1)
  return out
}
