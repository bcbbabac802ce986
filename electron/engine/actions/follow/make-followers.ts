/**
 * Who follows one user, dataset or group: {kind}_follower_count,
 * {kind}_follower_list and am_following_{kind}. Organizations use the group
 * kind (organization_follower_count takes any group, as CKAN's does).
 */
import { anyone, defineAction, type ActionDefinition } from '../../define-action.ts'
import { NotAuthorized } from '../../errors.ts'
import { requireSysadmin } from '../../auth/roles.ts'
import type { Context } from '../../context.ts'
import { dictizeUser } from '../../users/dictize.ts'
import { findUser } from '../../users/store.ts'
import type { FollowKind } from '../../followers/kinds.ts'
import { followerCount, followerIds, isFollowing } from '../../followers/store.ts'

/**
 * Users as CKAN's user_list_dictize shows them in follower and followee
 * lists: public fields only (no email or apikey, even for sysadmins),
 * sorted by name.
 */
export function userListDicts(ctx: Context, ids: string[]): Record<string, unknown>[] {
  return ids
    .map((id) => findUser(ctx.db, id))
    .filter((user) => user !== undefined)
    .map((user) => {
      const dict = dictizeUser(ctx, user)
      delete dict.email
      delete dict.apikey
      return dict
    })
    .sort((a, b) => (String(a.name) < String(b.name) ? -1 : String(a.name) > String(b.name) ? 1 : 0))
}

/** Declares {noun}_follower_count (noun: user, dataset, group or organization). */
export function makeFollowerCount(kind: FollowKind, noun: string): ActionDefinition {
  return defineAction(`${noun}_follower_count`, {
    readOnly: true,
    auth: anyone,
    schema: kind.schema,
    help: `Count the users following a ${noun}.

    Anyone may ask. Deleted users are not counted, and a deleted ${noun}
    has none.

    :param id: id or name of the ${noun}
    :type id: string

    :rtype: int
    `,
    run: (ctx, data) => followerCount(ctx.db, kind, data.id as string),
  })
}

/** Declares {noun}_follower_list: sysadmins only, as in CKAN 2.10. */
export function makeFollowerList(kind: FollowKind, noun: string): ActionDefinition {
  return defineAction(`${noun}_follower_list`, {
    readOnly: true,
    // Mirrors CKAN: the sysadmin check comes before the schema, and its message is "Not authorized".
    auth: (ctx) => requireSysadmin(ctx, 'Not authorized'),
    schema: kind.schema,
    help: `List the users following a ${noun}; only sysadmins may ask.

    Each user is a dict as user_list gives it, without email, sorted by
    name. Deleted users are left out.

    :param id: id or name of the ${noun}
    :type id: string

    :rtype: list of dictionaries
    `,
    run: (ctx, data) => userListDicts(ctx, followerIds(ctx.db, kind, data.id as string)),
  })
}

/** Declares am_following_{kind}. */
export function makeAmFollowing(kind: FollowKind): ActionDefinition {
  return defineAction(`am_following_${kind.word}`, {
    readOnly: true,
    auth: anyone,
    schema: kind.schema,
    help: `Tell whether you follow a ${kind.word}${kind.word === 'group' ? ' (or an organization)' : ''}.

    You must be logged in.

    :param id: id or name of the ${kind.word}
    :type id: string

    :rtype: bool
    `,
    run(ctx, data) {
      // Mirrors CKAN's _am_following: the schema first, then a bare 403 for anonymous callers.
      if (!ctx.user) throw new NotAuthorized()
      return isFollowing(ctx.db, kind, ctx.user.id, data.id as string)
    },
  })
}
