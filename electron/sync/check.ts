/**
 * The check job: asks a remote's status_show who it is (CKAN version,
 * plugins) and whether the token works, and records what it supports. A
 * token the remote does not accept fails the check.
 */
import { isUnknownAction } from './remote-ckan.ts'
import { registerJobHandler } from './jobs/kinds.ts'
import type { JobContext } from './jobs/runner.ts'

/** Runs `status_show` (and `user_show` for the token) and records the answers through shelfmark_sync_record_check. */
export async function checkRemote(ctx: JobContext): Promise<Record<string, unknown>> {
  ctx.progress.phase('checking', 1)
  const status = await ctx.client.status()
  const revise = await probe(ctx, 'package_revise')
  const search = await probe(ctx, 'package_search', { rows: 0 })
  const capabilities = { package_revise: revise, package_search: search }
  ctx.engine.call('shelfmark_sync_record_check', ctx.caller, {
    remote: ctx.remote.name,
    ckan_version: status.ckan_version,
    extensions: status.extensions,
    capabilities,
    remote_user: status.user?.name ?? null,
  })
  ctx.progress.advance()
  // What was learnt is recorded first; then the check fails, as every later pull and push would
  // quietly run as anonymous (private datasets out of sight, writes refused).
  if (status.token_accepted === false) {
    throw new Error(
      `${ctx.remote.name} runs requests with this token as anonymous (CKAN does so for a revoked, expired or mistyped token): ` +
        `create a new API token on the portal and set it with Replace token in the app, or \`shelfmark remote token ${ctx.remote.name} --token TOKEN\``,
    )
  }
  return { ...status, capabilities }
}

/** True unless the remote says it does not know the action (an empty call fails validation, which proves it exists). */
async function probe(ctx: JobContext, action: string, params: Record<string, unknown> = {}): Promise<boolean> {
  try {
    await ctx.client.action(action, params)
    return true
  } catch (error) {
    return !isUnknownAction(error)
  }
}

registerJobHandler('check', checkRemote)
