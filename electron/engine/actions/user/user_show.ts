/** CKAN's user_show: one user's dict; the caller's own when no id is given (2.10+). */
import { isSysadmin, type Context, type UserRow } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { canReadPackage, type PackageAccess } from '../../auth/roles.ts'
import { requireUserDetailsReadable } from '../../users/auth.ts'
import { dictizeUser } from '../../users/dictize.ts'
import { findUser } from '../../users/store.ts'
import { userKind } from '../../followers/kinds.ts'
import { followerCount } from '../../followers/store.ts'
import { booleanWithDefault } from '../../validate/validators.ts'

/** The user asked for, or the caller; CKAN answers a bare 404 when there is none. */
function targetUser(ctx: Context, params: Record<string, unknown>): UserRow {
  // The caller's row is re-read: the snapshot the door took may be older than this transaction.
  const user = findUser(ctx.db, params.id ? params.id : ctx.user?.id)
  if (!user) throw new NotFound()
  return user
}

/**
 * The datasets the user created, as package_search would list them for
 * user_show (first 50, most recently modified first; private and draft ones
 * only for the user themself or a sysadmin, and only those the caller may read).
 */
function createdDatasets(ctx: Context, user: UserRow, includePrivateAndDraft: boolean): unknown[] {
  const rows = (
    includePrivateAndDraft
      ? sql(
          ctx.db,
          `SELECT id, owner_org, private, state, creator_user_id FROM packages
           WHERE creator_user_id = ? AND state IN ('active', 'draft') ORDER BY metadata_modified DESC`,
        ).all(user.id)
      : sql(
          ctx.db,
          `SELECT id, owner_org, private, state, creator_user_id FROM packages
           WHERE creator_user_id = ? AND state = 'active' AND private = 0 ORDER BY metadata_modified DESC`,
        ).all(user.id)
  ) as PackageAccess[]
  return rows
    .filter((pkg) => canReadPackage(ctx, pkg))
    .slice(0, 50)
    .map((pkg) => ctx.callIgnoringAuth('package_show', { id: pkg.id })) // visibility checked just above
}

export const user_show = defineAction('user_show', {
  readOnly: true,
  auth(ctx, params) {
    targetUser(ctx, params) // CKAN looks the user up before its auth check: 404 comes first
    requireUserDetailsReadable(ctx)
  },
  schema: {
    include_datasets: [booleanWithDefault(false)],
    include_num_followers: [booleanWithDefault(false)],
    include_password_hash: [booleanWithDefault(false)],
    include_plugin_extras: [booleanWithDefault(false)],
  },
  help: `Fetch one user account; without an \`\`id\`\`, the caller's own.

    Anyone may read accounts while ckan.auth.public_user_details is on (the
    default); otherwise only logged-in users. \`\`email\`\` and \`\`apikey\`\`
    (always \`\`null\`\` here) appear only when the caller is that user or a
    sysadmin.

    :param id: id or name of the user (optional, default: the caller)
    :type id: string
    :param include_datasets: add \`\`datasets\`\`: up to 50 datasets the user
        created that the caller can read, most recently modified first;
        drafts and private ones only when the caller is that user or a
        sysadmin (optional, default \`\`False\`\`)
    :type include_datasets: bool
    :param include_num_followers: add \`\`num_followers\`\`, how many users
        follow this one (optional, default \`\`False\`\`)
    :type include_num_followers: bool
    :param include_password_hash: add \`\`password_hash\`\`; honoured for
        sysadmins only (optional, default \`\`False\`\`)
    :type include_password_hash: bool
    :param include_plugin_extras: add \`\`plugin_extras\`\`; honoured for
        sysadmins only (optional, default \`\`False\`\`)
    :type include_plugin_extras: bool

    :rtype: dictionary
    `,
  run(ctx, data) {
    const user = targetUser(ctx, data)
    const privileged = isSysadmin(ctx) || ctx.user?.id === user.id
    const dict = dictizeUser(ctx, user, {
      countPrivateAndDraft: privileged,
      includePasswordHash: data.include_password_hash === true,
      includePluginExtras: data.include_plugin_extras === true,
    })
    if (data.include_datasets === true) dict.datasets = createdDatasets(ctx, user, privileged)
    if (data.include_num_followers === true) dict.num_followers = followerCount(ctx.db, userKind, user.id)
    return dict
  },
})
