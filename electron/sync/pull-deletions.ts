/**
 * Datasets deleted on the remote vanish from its search and package_list,
 * and deleting does not bump metadata_modified, so a pull cannot see them
 * in its pages. After every pull, the linked datasets of its scope are
 * compared with the ids the remote has in that scope: the ids a complete
 * pass just read, or else a listing of ids (package_search with fl=id, or
 * package_list). Each missing one is confirmed with package_show (404, or
 * state "deleted"; a 403 is not enough, see remoteVerdict) and then deleted
 * locally — unless it was edited locally, which makes it a conflict
 * (shelfmark_sync_remote_deleted decides).
 *
 * Which links a scope covers: all of them for the site; those whose remote
 * organization is named for an organization scope; for a query, those an
 * earlier pull of the same query brought (sync_link_scopes, recorded as each
 * page is stored), since the remote can no longer say what a deleted dataset
 * matched and the local copy may have been edited out of the query since,
 * and also those whose local copy matches the query in the local catalog
 * (its search mirrors CKAN's), for links made before pulls recorded their
 * scope. A candidate the remote still has, outside the scope now (edited
 * out of the query there), is not deleted; the scope forgets it, so later
 * pulls stop asking after it.
 */
import { ActionFailure } from '../../shared/envelope.ts'
import { sql } from '../engine/db/statements.ts'
import type { JobContext } from './jobs/runner.ts'
import { linksOfScope } from './links.ts'
import type { Dict } from './normalize.ts'
import type { PullSummary } from './pull.ts'
import { scopeFilter, scopeKey, type PullScope } from './scope.ts'
import { searchPages, type SearchPage } from './search-pages.ts'

type Candidate = { package_id: string; remote_package_id: string; remote_name: string }

/**
 * Finds and applies remote deletions in the scope; returns how many.
 * `present` is the set of remote ids a complete pass over the scope just
 * read (undefined when the pull was incremental or resumed).
 */
export async function reconcileDeletions(ctx: JobContext, scope: PullScope, searched: boolean, summary: PullSummary, present?: Set<string>): Promise<number> {
  const candidates = await linkedInScope(ctx, scope)
  if (candidates.length === 0) return 0
  ctx.progress.phase('deletions')
  const remoteIds = present ?? (searched ? await searchIds(ctx, scope) : new Set(await ctx.client.action<string[]>('package_list')))
  const missing = candidates.filter((l) => !remoteIds.has(l.remote_package_id) && !remoteIds.has(l.remote_name))
  let deleted = 0
  const left: string[] = []
  for (const link of missing) {
    const verdict = await remoteVerdict(ctx, link)
    if (verdict === 'present') {
      left.push(link.package_id) // out of scope now (edited, moved), not deleted
      continue
    }
    if (verdict === 'hidden') {
      summary.not_visible = [...(summary.not_visible ?? []), link.remote_name]
      continue
    }
    if (verdict !== 'gone') {
      summary.failed++
      summary.failures.push({ name: link.remote_name, error: verdict.error })
      continue
    }
    const outcome = ctx.engine.call('shelfmark_sync_remote_deleted', ctx.caller, {
      remote: ctx.remote.name,
      remote_package_id: link.remote_package_id,
    }) as { outcome: string; name: string }
    if (outcome.outcome === 'conflict') {
      summary.conflict++
      summary.conflicts.push(outcome.name)
    } else deleted++
  }
  if (left.length) ctx.engine.call('shelfmark_sync_left_scope', ctx.caller, { remote: ctx.remote.name, scope: scopeKey(scope), package_ids: left })
  return deleted
}

/**
 * What package_show says of a dataset missing from the remote's listing:
 * gone (404, or state "deleted"), still there (outside the scope now), or
 * neither for sure. A 403 is no deletion: CKAN answers it for a private
 * dataset to a caller outside its organization, and runs a request with a
 * revoked, expired or mistyped token as anonymous, so a token that stopped
 * working would otherwise have every private dataset deleted locally. Such a
 * dataset keeps its local copy and is listed as not visible to this token (as
 * a list-mode pull lists it); one whose check failed is counted as failed.
 */
async function remoteVerdict(ctx: JobContext, link: Candidate): Promise<'gone' | 'present' | 'hidden' | { error: string }> {
  try {
    const dict = await ctx.client.action<Dict>('package_show', { id: link.remote_package_id })
    return dict.state === 'deleted' ? 'gone' : 'present'
  } catch (error) {
    if (error instanceof ActionFailure && error.status === 404) return 'gone'
    if (error instanceof ActionFailure && error.status === 403) return 'hidden'
    return { error: `could not check whether it was deleted remotely: ${error instanceof Error ? error.message : String(error)}` }
  }
}

/** The remote's links still active there, narrowed to the scope (see the module comment). */
async function linkedInScope(ctx: JobContext, scope: PullScope): Promise<Candidate[]> {
  const orgs = scope.organizations?.length ? new Set(scope.organizations) : undefined
  // The organization is read out of the base only when the scope needs it (parsing 10,000 bases is not free).
  const orgColumns = orgs ? `json_extract(base, '$.organization.name')` : 'NULL'
  const rows = sql(
    ctx.engine.db,
    `SELECT package_id, remote_package_id, remote_name, ${orgColumns} AS org_name,
       ${orgs ? `json_extract(base, '$.organization.id')` : 'NULL'} AS org_id
     FROM sync_links WHERE remote_id = ? AND remote_state = 'active'`,
  ).all(ctx.remote.id) as (Candidate & { org_name: string | null; org_id: string | null })[]
  let inScope = orgs ? rows.filter((r) => (r.org_name !== null && orgs.has(r.org_name)) || (r.org_id !== null && orgs.has(r.org_id))) : rows
  if (scope.q && inScope.length) {
    const brought = linksOfScope(ctx.engine.db, ctx.remote.id, scopeKey(scope))
    const matching = await localMatches(ctx, scope.q)
    inScope = inScope.filter((r) => brought.has(r.package_id) || matching.has(r.package_id))
  }
  return inScope
}

/** Ids of local datasets (drafts and private ones included) that match a search query. */
async function localMatches(ctx: JobContext, q: string): Promise<Set<string>> {
  const ids = new Set<string>()
  const search = async (params: Record<string, unknown>) => ctx.engine.call('package_search', ctx.caller, params) as SearchPage
  for await (const results of searchPages(search, { q, fl: 'id', include_private: true, include_drafts: true, sort: 'id asc' })) {
    for (const r of results) ids.add(String(r.id))
  }
  return ids
}

/** The ids (and names) of the remote's datasets in the scope, drafts the token can see included. */
async function searchIds(ctx: JobContext, scope: PullScope): Promise<Set<string>> {
  const ids = new Set<string>()
  const search = (params: Record<string, unknown>, canShrink: boolean) => ctx.client.action<SearchPage>('package_search', params, { retryTimeouts: !canShrink })
  const params = { q: scope.q || '*:*', fq: scopeFilter(scope) || undefined, fl: 'id,name', include_private: true, include_drafts: true, sort: 'id asc' }
  for await (const results of searchPages(search, params)) {
    for (const r of results) {
      ids.add(String(r.id))
      if (typeof r.name === 'string') ids.add(r.name)
    }
  }
  return ids
}
