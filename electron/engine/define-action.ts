/**
 * How an action is declared: once, with its name, auth rule, schema, handler
 * and help text. The registry lists them; every door reaches them through
 * engine.call (the HTTP door through engine.callAsJson, the same call
 * answering with JSON text).
 */
import type { Context } from './context.ts'
import type { Schema } from './validate/navl.ts'

export type AuthRule = (ctx: Context, params: Record<string, unknown>) => void

export type ActionDefinition = {
  name: string
  /** Side-effect free: the HTTP door accepts GET for it. It must not write: its reads may reuse values memoized at the same committed state (db/read-memo.ts). */
  readOnly?: boolean
  /** Reads the search index: the engine brings the index up to date before running it (inside a write's transaction). */
  readsSearchIndex?: boolean
  /**
   * Takes uploaded files (multipart): the HTTP door hands files to these
   * actions only, cutting a file off past ckan.max_resource_size, or past
   * ckan.max_image_size for 'images' (image_upload, logo_upload).
   */
  acceptsFiles?: boolean | 'images'
  /** Throws NotAuthorized (or NotFound) when the caller may not run the action. */
  auth: AuthRule
  /** CKAN-style field validators; run after auth. */
  schema?: Schema
  /** The docstring help_show returns. */
  help: string
  /** Synchronous: a better-sqlite3 transaction must not span an await. */
  run(ctx: Context, data: Record<string, unknown>): unknown
  /**
   * The result as JSON text, exactly JSON.stringify(run(ctx, data)), for
   * doors that send text (HTTP). Only for hot reads whose stored JSON can be
   * sent without parsing and re-serialising it (package_show).
   */
  runAsJson?(ctx: Context, data: Record<string, unknown>): string
}

/** Declares an action; the name is repeated in the object for the registry's checks. */
export function defineAction(name: string, definition: Omit<ActionDefinition, 'name'>): ActionDefinition {
  return { name, ...definition }
}

/** Auth rule for actions anyone may call. */
export const anyone: AuthRule = () => {}
