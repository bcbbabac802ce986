/** Records, through the engine, what a job found the remote lacks; the job's own copy of the remote row follows. */
import type { JobContext } from './jobs/runner.ts'
import { capabilitiesOf, type Capabilities } from './remotes.ts'

/** Notes a capability (e.g. package_revise refused) for this job and the ones after it. */
export function noteCapability(ctx: JobContext, patch: Capabilities): void {
  ctx.engine.call('shelfmark_sync_record_capability', ctx.caller, { remote: ctx.remote.name, ...patch })
  ctx.remote.capabilities = JSON.stringify({ ...capabilitiesOf(ctx.remote), ...patch })
}
