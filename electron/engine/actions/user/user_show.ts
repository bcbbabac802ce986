/** CKAN's user_show: one user's dict; the caller's own when no id is given (2.10+). */
import { isSysadmin, type Context, type UserRow } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { canReadPackage, type PackageAccess } from '../../auth/roles.ts'
import { requireUserDetailsReadable } from '../../users/auth.ts'
import { dictizeUser } from '../../users/dictize.ts'
import { findUser } from '../../users/store.ts'
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
  help: `Return a user account.

    Either the \`\`id\`\` should be passed or the user should be logged in.

    :param id: the id or name of the user (optional, default: the
        logged-in user)
    :type id: string
    :param include_datasets: Include a list of datasets the user has created.
        If it is the same user or a sysadmin requesting, it includes datasets
        that are draft or private. (optional, default:\`\`False\`\`, limit:50)
    :type include_datasets: bool
    :param include_num_followers: Include the number of followers the user
        has (optional, default:\`\`False\`\`)
    :type include_num_followers: bool
    :param include_password_hash: Include the stored password hash
        (sysadmin only, optional, default:\`\`False\`\`)
    :type include_password_hash: bool
    :param include_plugin_extras: Include the internal plugin extras object
        (sysadmin only, optional, default:\`\`False\`\`)
    :type include_plugin_extras: bool

    :returns: the details of the user. Excludes the password (hash) and
        reset_key. If it is the same user or a sysadmin requesting, the email
        and apikey are included.
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
    if (data.include_num_followers === true) dict.num_followers = 0 // Shelfmark has no followers
    return dict
  },
})
