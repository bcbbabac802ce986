/**
 * The pull job: pages through the remote's package_search in a stable
 * order (metadata_modified asc, id asc), each page stored in one engine
 * transaction together with the scope's cursor, so an interrupted pull
 * resumes after the last stored page and a later pull fetches only what
 * changed. Remotes without search are read with package_list + package_show.
 */
import { ActionFailure } from '../../shared/envelope.ts'
import { registerJobHandler } from './jobs/kinds.ts'
import type { JobContext } from './jobs/runner.ts'
import { mapConcurrent } from './limiter.ts'
import { cursorOf, linkParts, linksOf } from './links.ts'
import { checkpointOf, saveCheckpoint } from './jobs/store.ts'
import type { Dict } from './normalize.ts'
import { ensureGroups } from './pull-groups.ts'
import { defaultFileBudget, pullFiles, type FilesSummary } from './pull-files.ts'
import type { PullOutcome } from './pull-apply.ts'
import { reconcileDeletions } from './pull-deletions.ts'
import { isUnknownAction, RemoteError } from './remote-ckan.ts'
import { capabilitiesOf } from './remotes.ts'
import { isTimeout } from './retry.ts'
import { currentOrganizationNames } from './scope-organizations.ts'
import { hasMore, pageFetcher, type SearchPage } from './search-pages.ts'
import { noteCapability } from './capabilities.ts'
import { millisOf, scopeKey, searchParams, type PullScope } from './scope.ts'

export type PullParams = PullScope & { files?: boolean; max_file_bytes?: number; full?: boolean; rows?: number }

/**
 * What a pull job saves as it goes (its result until it ends): the counts so
 * far, and where to carry on: the newest metadata_modified stored (search),
 * or the last name stored (package_list).
 */
type PullCheckpoint = PullSummary & { resume_from?: string; list_after?: string }

export type PullSummary = {
  mode: 'search' | 'list'
  incremental: boolean
  created: number
  updated: number
  merged: number
  unchanged: number
  conflict: number
  failed: number
  remote_deleted: number
  failures: { name: string; error: unknown }[]
  conflicts: string[]
  /**
   * Datasets package_show refuses to this token (403): named by package_list
   * in list mode, or linked ones missing from the remote's listing (a revoked
   * token, a dataset made private). Kept locally, not counted as failed.
   */
  not_visible?: string[]
  /** Organizations the pull was asked for under a name the remote has since changed (followed by id). */
  renamed_organizations?: { from: string; to: string }[]
  files?: FilesSummary
}

/** Runs a pull job. */
export async function runPull(ctx: JobContext): Promise<PullSummary> {
  const params = ctx.params as PullParams
  const organizations = params.organizations?.length ? await currentOrganizationNames(ctx, params.organizations) : undefined
  const scope: PullScope = { organizations: organizations?.names, q: params.q }
  const key = scopeKey(scope)
  // A resumed job carries on from its own checkpoint (a full pull cannot use the scope's cursor, which only moves forward).
  const { resume_from: resumeFrom, list_after: listAfter, ...saved } = (checkpointOf(ctx.job) ?? {}) as Partial<PullCheckpoint>
  const checkpoint = resumeFrom !== undefined || listAfter !== undefined ? (saved as PullSummary) : undefined
  const since = checkpoint ? resumeFrom : params.full ? undefined : cursorOf(ctx.engine.db, ctx.remote.id, key)
  const summary: PullSummary = checkpoint ?? {
    mode: 'search',
    incremental: since !== undefined,
    created: 0,
    updated: 0,
    merged: 0,
    unchanged: 0,
    conflict: 0,
    failed: 0,
    remote_deleted: 0,
    failures: [],
    conflicts: [],
  }
  if (organizations?.renamed.length) summary.renamed_organizations = organizations.renamed
  const seen: Dict[] = checkpoint && params.files ? syncedSince(ctx) : []
  const present = new Set<string>()
  const keep = (page: Dict[]) => {
    for (const d of page) present.add(String(d.id))
    if (params.files) seen.push(...page)
  }
  // A job that was reading package_list carries on reading it.
  let searched = listAfter === undefined && capabilitiesOf(ctx.remote).package_search !== false
  if (searched) {
    try {
      await pullBySearch(ctx, scope, key, since, params.rows ?? searchPageRows, summary, keep)
    } catch (error) {
      if (!isUnknownAction(error)) throw error
      noteCapability(ctx, { package_search: false })
      searched = false
    }
  }
  if (!searched) {
    summary.mode = 'list'
    await pullByList(ctx, scope, key, summary, keep, params.rows ?? 100, listAfter)
  }
  // Only a complete, unresumed pass over the scope knows every remote id without listing them again.
  const complete = searched && since === undefined && !checkpoint ? present : undefined
  summary.remote_deleted += await reconcileDeletions(ctx, scope, searched, summary, complete)
  if (params.files) summary.files = await pullFiles(ctx, seen, params.max_file_bytes ?? defaultFileBudget)
  return summary
}

async function pullBySearch(
  ctx: JobContext,
  scope: PullScope,
  key: string,
  since: string | undefined,
  rows: number,
  summary: PullSummary,
  keep: (page: Dict[]) => void,
): Promise<void> {
  ctx.progress.phase('datasets')
  let lower = since
  let start = 0
  let boundary = new Set<string>() // ids already stored at the lower bound's millisecond
  const fetchPage = pageFetcher((params, canShrink) => ctx.client.action<SearchPage>('package_search', params, { retryTimeouts: !canShrink }), rows)
  const fetch = (from: string | undefined, offset: number) => {
    const page = fetchPage((size) => searchParams(scope, from, size, offset))
    page.catch(() => {}) // awaited below; a page abandoned by a cancel is no failure
    return page
  }
  let pending: Promise<SearchPage> | null = fetch(lower, start)
  let first = true
  while (pending) {
    const page: SearchPage = await pending
    if (first) ctx.progress.setTotal(page.count)
    first = false
    const fresh = page.results.filter((d) => !(boundary.has(String(d.id)) && millisOf(d.metadata_modified) === millisOf(lower)))
    const last = page.results.at(-1)
    pending = null
    if (last && hasMore(page, start)) {
      if (fresh.length === 0 || millisOf(last.metadata_modified) === millisOf(lower)) start += page.results.length
      else {
        lower = String(last.metadata_modified)
        start = 0
        boundary = new Set(page.results.filter((d) => millisOf(d.metadata_modified) === millisOf(lower)).map((d) => String(d.id)))
      }
      pending = fetch(lower, start) // the next page downloads while this one is stored
    }
    if (fresh.length) await applyPage(ctx, fresh, key, summary)
    keep(fresh)
    if (ctx.signal.aborted || ctx.progress.isCancelled()) throw new Error('Cancelled')
  }
}

async function pullByList(
  ctx: JobContext,
  scope: PullScope,
  key: string,
  summary: PullSummary,
  keep: (page: Dict[]) => void,
  chunkSize: number,
  after: string | undefined,
): Promise<void> {
  ctx.progress.phase('listing')
  const all = await ctx.client.action<string[]>('package_list')
  const names = all.slice(resumeIndex(all, after))
  ctx.progress.phase('datasets', all.length)
  ctx.progress.advance(all.length - names.length)
  for (let i = 0; i < names.length; i += chunkSize) {
    const chunk = names.slice(i, i + chunkSize)
    const shown = await mapConcurrent(chunk, 3, (id) =>
      ctx.client.action<Dict>('package_show', { id }).then(
        (dict) => ({ id, dict }),
        (error: unknown) => ({ id, error }),
      ),
    )
    const dicts: Dict[] = []
    for (const one of shown) {
      if ('dict' in one) dicts.push(one.dict)
      else if (isRemoteLost(one.error)) throw one.error // before the checkpoint: a resumed job reads this chunk again
      else noteUnshown(summary, one.id, one.error)
    }
    const wanted = dicts.filter((d) => inScope(d, scope))
    if (wanted.length) await applyPage(ctx, wanted, key, summary)
    keep(wanted)
    saveCheckpoint(ctx.engine.db, ctx.job.id, { ...summary, list_after: chunk[chunk.length - 1] } satisfies PullCheckpoint)
    ctx.progress.advance(chunk.length - wanted.length)
    if (ctx.signal.aborted || ctx.progress.isCancelled()) throw new Error('Cancelled')
  }
}

/**
 * True when the remote is out of reach or the job was cancelled: every
 * dataset after would fail alike, so the job stops. A timeout is this one
 * dataset's (its dict too slow to build), and counts as its failure.
 */
function isRemoteLost(error: unknown): boolean {
  return error instanceof RemoteError && (error.kind === 'aborted' || (error.kind === 'network' && !isTimeout(error)))
}

/**
 * Records a dataset package_list named but package_show refused: a 403 means
 * this token may not see it (search would not have shown it either), so it
 * is noted apart, not as a failure; any other answer is a failure with its
 * reason, as a dataset the engine refuses to store is.
 */
function noteUnshown(summary: PullSummary, name: string, error: unknown): void {
  if (error instanceof ActionFailure && error.status === 403) {
    summary.not_visible = [...(summary.not_visible ?? []), name]
    return
  }
  summary.failed++
  summary.failures.push({ name, error: error instanceof ActionFailure ? error.error : error instanceof Error ? error.message : String(error) })
}

/**
 * Where a resumed list pull carries on: after the last name it stored, found
 * in the new list (package_list is sorted by name); if that dataset is gone,
 * after the names that sort before it. A name missed by a changed order comes
 * with the next pull; one read twice comes back unchanged.
 */
function resumeIndex(names: string[], after: string | undefined): number {
  if (after === undefined) return 0
  const at = names.indexOf(after)
  if (at >= 0) return at + 1
  const next = names.findIndex((name) => name > after)
  return next < 0 ? names.length : next
}

function inScope(dataset: Dict, scope: PullScope): boolean {
  if (!scope.organizations?.length) return true
  const org = dataset.organization as Dict | null
  return !!org && (scope.organizations.includes(String(org.name)) || scope.organizations.includes(String(org.id)))
}

/**
 * Datasets per package_search page, by default. A page is what a pull holds
 * in memory (parsed, while the next one downloads): at 1,000 a 10,000-dataset
 * pull's memory grew by 140-210 MB, at 500 by 125-145 MB, at the same rate.
 */
export const searchPageRows = 500

/**
 * Datasets stored per engine transaction: a whole page (rows is at most
 * 1,000). The next page is already requested (the remote prepares it
 * meanwhile), and one transaction per page lets the search index catch up
 * with the page in one batch. At 250 per transaction a 10,000-dataset pull
 * used more CPU and more memory.
 */
const applyChunk = 1000

async function applyPage(ctx: JobContext, datasets: Dict[], key: string, summary: PullSummary): Promise<void> {
  await ensureGroups(ctx, datasets)
  for (let i = 0; i < datasets.length; i += applyChunk) {
    const chunk = datasets.slice(i, i + applyChunk)
    const newest = chunk.reduce((max, d) => (String(d.metadata_modified ?? '') > max ? String(d.metadata_modified) : max), '')
    const outcomes = ctx.engine.call('shelfmark_sync_apply_pull', ctx.caller, {
      remote: ctx.remote.name,
      datasets: chunk,
      scope: key,
      since: summary.mode === 'search' ? newest : undefined,
    }) as PullOutcome[]
    for (const outcome of outcomes) {
      summary[outcome.outcome]++
      if (outcome.outcome === 'failed') summary.failures.push({ name: outcome.name, error: outcome.error })
      if (outcome.outcome === 'conflict') summary.conflicts.push(outcome.name)
    }
    if (summary.mode === 'search') saveCheckpoint(ctx.engine.db, ctx.job.id, { ...summary, resume_from: newest } satisfies PullCheckpoint)
    ctx.progress.advance(chunk.length)
    await new Promise((resolve) => setImmediate(resolve)) // let the socket of the next page drain
  }
}

/** The remote dicts of datasets this job stored before it was interrupted (their files are still to fetch). */
function syncedSince(ctx: JobContext): Dict[] {
  const started = ctx.job.started ?? ctx.job.created
  return linksOf(ctx.engine.db, ctx.remote.id)
    .filter((link) => link.synced >= started)
    .map((link) => linkParts(link).base)
}

registerJobHandler('pull', runPull)
