/**
 * The code behind each job kind, registered by check.ts, pull.ts and
 * push.ts. Kept free of imports so those modules load in any order.
 */
import type { JobContext } from './runner.ts'
import type { JobKind } from './store.ts'

export type JobHandler = (ctx: JobContext) => Promise<unknown>

const handlers = new Map<JobKind, JobHandler>()

/** Registers the code behind a job kind. */
export function registerJobHandler(kind: JobKind, handler: JobHandler): void {
  handlers.set(kind, handler)
}

/** The code behind a job kind, or undefined. */
export function handlerFor(kind: JobKind): JobHandler | undefined {
  return handlers.get(kind)
}
