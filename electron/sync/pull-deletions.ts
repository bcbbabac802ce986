/**
 * Datasets deleted on the remote vanish from its search and package_list,
 * and deleting does not bump metadata_modified, so incremental pulls cannot
 * see them. After one, the linked datasets of the scope are compared with
 * the remote's current ids; each missing one is confirmed with package_show
 * (gone, or state "deleted") and then deleted locally — unless it was edited
 * locally, which makes it a conflict.
 */
import { ActionFailure } from '../../shared/envelope.ts'
import type { JobContext } from './jobs/runner.ts'
import { linksOf } from './links.ts'
import type { Dict } from './normalize.ts'
import type { PullSummary } from './pull.ts'
import { type PullScope } from './scope.ts'
import { scopeFilter } from './scope.ts'

/** Finds and applies remote deletions in the scope; returns how many. */
export async function reconcileDeletions(ctx: JobContext, scope: PullScope, searched: boolean, summary: PullSummary): Promise<number> {
  const links = linksOf(ctx.engine.db, ctx.remote.id).filter((l) => l.remote_state === 'active' && inScope(l.base, scope))
  if (links.length === 0) return 0
  ctx.progress.phase('deletions')
  const present = searched ? await searchIds(ctx, scope) : new Set(await ctx.client.action<string[]>('package_list'))
  const missing = links.filter((l) => !present.has(l.remote_package_id) && !present.has(l.remote_name))
  let deleted = 0
  for (const link of missing) {
    const gone = await ctx.client.action<Dict>('package_show', { id: link.remote_package_id }).then(
      (dict) => dict.state === 'deleted',
      (error) => error instanceof ActionFailure && (error.status === 404 || error.status === 403),
    )
    if (!gone) continue
    const outcome = ctx.engine.call('shelfmark_sync_remote_deleted', ctx.caller, {
      remote: ctx.remote.name,
      remote_package_id: link.remote_package_id,
    }) as { outcome: string; name: string }
    if (outcome.outcome === 'conflict') {
      summary.conflict++
      summary.conflicts.push(outcome.name)
    } else deleted++
  }
  return deleted
}

async function searchIds(ctx: JobContext, scope: PullScope): Promise<Set<string>> {
  const ids = new Set<string>()
  for (let start = 0; ; start += 1000) {
    const page = await ctx.client.action<{ count: number; results: Dict[] }>('package_search', {
      q: '*:*',
      fq: scopeFilter(scope) || undefined,
      fl: 'id,name',
      rows: 1000,
      start,
      include_private: true,
      sort: 'id asc',
    })
    for (const r of page.results) ids.add(String(r.id))
    if (page.results.length < 1000 || start + 1000 >= page.count) return ids
  }
}

function inScope(base: string, scope: PullScope): boolean {
  if (!scope.organizations?.length) return true
  const dict = JSON.parse(base) as Dict
  const org = dict.organization as Dict | null
  return !!org && (scope.organizations.includes(String(org.name)) || scope.organizations.includes(String(org.id)))
}
