/**
 * Remote portals and what separates the local catalog from them: the
 * remotes, the local changes not yet pushed, the conflicts, a push plan.
 * Server state; every write re-reads through call().
 */
import { create } from 'zustand'
import type { LocalChange, PushPlanItem, Remote, SyncConflict, SyncJob } from '../../shared/actions.ts'
import type { ActionFailure } from '../../shared/envelope.ts'
import { asFailure, call, fieldErrors } from '../lib/call.ts'
import { setSyncStates, type SyncState } from './sync-state.ts'
import { trackJob, whenFinished } from './sync-jobs.ts'

type RemotesState = {
  remotes: Remote[]
  changes: LocalChange[]
  conflicts: SyncConflict[]
  /** The push plan being previewed, for `planRemote`. */
  plan: PushPlanItem[] | null
  planRemote: string | null
  /** Field errors of the connect form. */
  errors: Record<string, unknown>
  failure: ActionFailure | null
  busy: boolean
}

/** The store's starting state (tests reset to it). */
export const initialRemotes: RemotesState = {
  remotes: [],
  changes: [],
  conflicts: [],
  plan: null,
  planRemote: null,
  errors: {},
  failure: null,
  busy: false,
}
/** The store; select narrowly (STYLE.md). */
export const useRemotesStore = create<RemotesState>()(() => initialRemotes)

/** Loads remotes, local changes and conflicts, and the per-dataset sync states. */
export async function loadSyncOverview(): Promise<void> {
  try {
    const remotes = await call('shelfmark_remote_list', {})
    if (remotes.length === 0) {
      useRemotesStore.setState({ remotes, changes: [], conflicts: [], failure: null })
      setSyncStates({}, false)
      return
    }
    const [status, conflicts] = await Promise.all([call('shelfmark_status', {}), call('shelfmark_conflicts', {})])
    useRemotesStore.setState({ remotes, changes: status.changes, conflicts, failure: null })
    setSyncStates(statesOf(status.changes), true)
  } catch (error) {
    useRemotesStore.setState({ failure: asFailure(error) })
  }
}

/**
 * A dataset's sync state from the list of local changes: a dataset linked
 * to no remote is "new" (local only); one not listed at all is in sync.
 */
export function statesOf(changes: LocalChange[]): Record<string, SyncState> {
  const states: Record<string, SyncState> = {}
  for (const change of changes) {
    states[change.id] = change.change === 'new' ? 'local' : change.change === 'conflict' ? 'conflict' : 'changed'
  }
  return states
}

/**
 * Connects a portal: adds it, then checks it (status_show, the token's user)
 * before keeping it. A remote that fails its check is removed again and the
 * reason is shown. Resolves to true when connected.
 */
export async function connectRemote(input: { name: string; url: string; token: string }): Promise<boolean> {
  useRemotesStore.setState({ busy: true, errors: {}, failure: null })
  let added = false
  try {
    await call('shelfmark_remote_add', { name: input.name.trim(), url: input.url.trim(), ...(input.token.trim() ? { token: input.token.trim() } : {}) })
    added = true
    const job = await call('shelfmark_remote_check', { name: input.name.trim() })
    trackJob(job)
    const finished = await whenFinished(job.id)
    if (finished.state !== 'done') throw new Error(checkFailureText(finished))
    // CKAN runs a request with a bad token as anonymous, so only "who am I" shows it was refused.
    if (input.token.trim() && !(finished.result as { user?: unknown } | null)?.user) {
      throw new Error('Could not connect: the portal did not accept this API token.')
    }
    await loadSyncOverview()
    useRemotesStore.setState({ busy: false })
    return true
  } catch (error) {
    if (added) await call('shelfmark_remote_remove', { name: input.name.trim() }).catch(() => undefined)
    const failure = asFailure(error)
    useRemotesStore.setState({ busy: false, failure, errors: fieldErrors(failure) })
    return false
  }
}

/** A readable reason a check job failed (unreachable portal, bad token…). */
export function checkFailureText(job: SyncJob): string {
  return `Could not connect: ${job.error ?? job.message ?? `the check ended ${job.state}`}`
}

/** Removes a remote (its links and token; local datasets stay). */
export async function removeRemote(name: string): Promise<void> {
  try {
    await call('shelfmark_remote_remove', { name })
    await loadSyncOverview()
  } catch (error) {
    useRemotesStore.setState({ failure: asFailure(error) })
  }
}

/**
 * Replaces a remote's API token (an expired or revoked one: CKAN then runs
 * every request as anonymous) and checks the new one. Its links stay.
 * Resolves to true when the portal accepted the new token.
 */
export async function replaceToken(name: string, token: string): Promise<boolean> {
  useRemotesStore.setState({ failure: null })
  try {
    await call('shelfmark_remote_token', { name, token: token.trim() })
    const job = await call('shelfmark_remote_check', { name })
    trackJob(job)
    const finished = await whenFinished(job.id)
    await loadSyncOverview()
    if (finished.state !== 'done') throw new Error(checkFailureText(finished))
    return true
  } catch (error) {
    useRemotesStore.setState({ failure: asFailure(error) })
    return false
  }
}

/** Re-checks a remote (e.g. after the network came back). */
export async function checkRemote(name: string): Promise<SyncJob | null> {
  return startJob(() => call('shelfmark_remote_check', { name }))
}

/** Starts a pull of the whole site, some organizations, or a query. */
export async function startPull(remote: string, scope: { organizations?: string[]; q?: string; files?: boolean; full?: boolean }): Promise<SyncJob | null> {
  return startJob(() => call('shelfmark_pull', { remote, ...scope }))
}

/** Loads the push plan (dry run) for a remote. */
export async function loadPushPlan(remote: string, datasets?: string[]): Promise<void> {
  useRemotesStore.setState({ busy: true, plan: null, planRemote: remote, failure: null })
  try {
    const plan = await call('shelfmark_push_plan', { remote, ...(datasets?.length ? { datasets } : {}) })
    useRemotesStore.setState({ plan, busy: false })
  } catch (error) {
    useRemotesStore.setState({ failure: asFailure(error), busy: false })
  }
}

/** Pushes the planned datasets (all of them when none are named). */
export async function startPush(remote: string, datasets?: string[]): Promise<SyncJob | null> {
  const job = await startJob(async () => (await call('shelfmark_push', { remote, ...(datasets?.length ? { datasets } : {}) })) as SyncJob)
  if (job) useRemotesStore.setState({ plan: null, planRemote: null })
  return job
}

/** Settles a conflict: `take` for every field, `values` for fields set by hand. */
export async function resolveConflict(conflict: SyncConflict, resolution: { take?: 'local' | 'remote'; values?: Record<string, unknown> }): Promise<boolean> {
  try {
    await call('shelfmark_resolve', { id: conflict.id, remote: conflict.remote, ...resolution })
    await loadSyncOverview()
    return true
  } catch (error) {
    useRemotesStore.setState({ failure: asFailure(error) })
    return false
  }
}

async function startJob(start: () => Promise<SyncJob>): Promise<SyncJob | null> {
  try {
    const job = await start()
    trackJob(job)
    void whenFinished(job.id).then(() => loadSyncOverview())
    return job
  } catch (error) {
    useRemotesStore.setState({ failure: asFailure(error) })
    return null
  }
}
