/**
 * A user row as CKAN's user_dictize shows it: public fields for everyone,
 * `email` and `apikey` only for the user themself or a sysadmin (absent, not
 * null, for anyone else — exchanges 012–014).
 */
import { createHash } from 'node:crypto'
import { isSysadmin, type Context, type UserRow } from '../context.ts'
import { sql } from '../db/statements.ts'
import { uploadedImageUrl } from '../groups/for-packages.ts'

/** What a user dict includes beyond the public fields. */
export type UserDictOptions = {
  /** user_create's keep_email/keep_apikey: the new user's own fields, email first (exchange 004). */
  keepPrivateFields?: boolean
  /** Count private and draft datasets in number_created_packages (user_show for self or sysadmin). */
  countPrivateAndDraft?: boolean
  /** Sysadmins only, on request. */
  includePasswordHash?: boolean
  includePluginExtras?: boolean
}

/** The user's dict as user_show returns it to this caller. */
export function dictizeUser(ctx: Context, user: UserRow, options: UserDictOptions = {}): Record<string, unknown> {
  const dict: Record<string, unknown> = {
    id: user.id,
    name: user.name,
    fullname: user.fullname,
    created: user.created,
    about: user.about,
    last_active: user.last_active,
    activity_streams_email_notifications: user.activity_streams_email_notifications === 1,
    sysadmin: user.sysadmin === 1,
    state: user.state,
    image_url: user.image_url,
    display_name: displayName(user),
    email_hash: emailHash(user.email),
    number_created_packages: countCreatedPackages(ctx, user.id, options.countPrivateAndDraft ?? false),
  }
  // Mirrors user_dictize: keep_* flags first, then self/sysadmin; the key order follows (004 vs 012).
  if (options.keepPrivateFields) {
    dict.email = user.email
    dict.apikey = null
  }
  const sysadmin = isSysadmin(ctx)
  if (sysadmin || ctx.user?.id === user.id) {
    dict.apikey = null // CKAN 2.10 has no per-user API keys unless create_default_api_keys is set
    dict.email = user.email
  }
  if (sysadmin && options.includePasswordHash) dict.password_hash = user.password_hash
  if (sysadmin && options.includePluginExtras) dict.plugin_extras = parseExtras(user.plugin_extras)
  dict.image_display_url = imageDisplayUrl(ctx, user.image_url)
  return dict
}

/** The full name when it has any non-blank text, else the login name (CKAN's User.display_name). */
export function displayName(user: Pick<UserRow, 'name' | 'fullname'>): string {
  return user.fullname && user.fullname.trim() ? user.fullname : user.name
}

/** md5 of the trimmed, lower-cased email ("" when none), as CKAN's User.email_hash. */
export function emailHash(email: string | null): string {
  return createHash('md5')
    .update((email ?? '').trim().toLowerCase())
    .digest('hex')
}

/**
 * CKAN's User.number_created_packages: datasets the user created that are
 * active and public, or (for self and sysadmins) any not deleted.
 */
export function countCreatedPackages(ctx: Context, userId: string, includePrivateAndDraft: boolean): number {
  const row = includePrivateAndDraft
    ? sql(ctx.db, "SELECT count(*) AS n FROM packages WHERE creator_user_id = ? AND state != 'deleted'").get(userId)
    : sql(ctx.db, "SELECT count(*) AS n FROM packages WHERE creator_user_id = ? AND state = 'active' AND private = 0").get(userId)
  return (row as { n: number }).n
}

/** Absolute URLs pass; a bare uploaded file name is served under /uploads/user/ (CKAN's url_for_static). */
function imageDisplayUrl(ctx: Context, imageUrl: string | null): string | null {
  return imageUrl ? uploadedImageUrl(ctx.config.siteUrl, 'user', imageUrl) : imageUrl
}

function parseExtras(text: string | null): unknown {
  if (text === null) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
