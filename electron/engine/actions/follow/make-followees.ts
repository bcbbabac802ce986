/**
 * What one user follows: {noun}_followee_count and {noun}_followee_list, for
 * users, datasets, groups and organizations. Lists are for the user
 * themself and sysadmins; counts for anyone.
 */
import { isSysadmin, type Context } from '../../context.ts'
import { anyone, defineAction, type ActionDefinition } from '../../define-action.ts'
import { NotAuthorized } from '../../errors.ts'
import { canReadPackage } from '../../auth/roles.ts'
import { groupDict } from '../../groups/dictize.ts'
import { findGroupRow } from '../../groups/store.ts'
import { findPackageRow } from '../../packages/store.ts'
import { findUser } from '../../users/store.ts'
import { datasetKind, groupKind, userKind, type FollowKind } from '../../followers/kinds.ts'
import { followeeCount, followeeIds } from '../../followers/store.ts'
import { userListDicts } from './make-followers.ts'

/** The nouns of the followee actions; organization is the group kind, filtered by is_organization in lists. */
export type FolloweeNoun = 'user' | 'dataset' | 'group' | 'organization'

const kindOf: Record<FolloweeNoun, FollowKind> = { user: userKind, dataset: datasetKind, group: groupKind, organization: groupKind }

/** The followee actions look the user up with default_follow_user_schema. */
export const followeeSchema = userKind.schema

/**
 * Mirrors CKAN's _followee_list auth: "Not authorized" for anonymous callers,
 * and for anyone but the user themself (by id or name, as sent) and sysadmins.
 */
export function requireFolloweesReadable(ctx: Context, params: Record<string, unknown>): void {
  if (!ctx.user) throw new NotAuthorized('Not authorized')
  if (findUser(ctx.db, params.id)?.id === ctx.user.id || isSysadmin(ctx)) return
  throw new NotAuthorized('Not authorized')
}

/**
 * The dicts of what `userId` follows of one noun. Users as user_list gives
 * them; datasets as package_show, only those the caller may read (CKAN shows
 * every one, private or not: Shelfmark does not leak a private dataset to a
 * follower who has lost access to it); groups and organizations as their
 * full dict with the first datasets, without num_followers (group_dictize).
 */
export function followeeDicts(ctx: Context, noun: FolloweeNoun, userId: string): Record<string, unknown>[] {
  const ids = followeeIds(ctx.db, kindOf[noun], userId)
  if (noun === 'user') return userListDicts(ctx, ids)
  if (noun === 'dataset') {
    return ids
      .map((id) => findPackageRow(ctx.db, id)!)
      .filter((pkg) => canReadPackage(ctx, pkg))
      .map((pkg) => ctx.callIgnoringAuth('package_show', { id: pkg.id }) as Record<string, unknown>) // readability checked above
  }
  return ids
    .map((id) => findGroupRow(ctx.db, id)!)
    .filter((row) => row.is_organization === (noun === 'organization' ? 1 : 0))
    .map((row) => {
      const dict = groupDict(ctx, row, { includeDatasets: true, includeExtras: true, includeUsers: true, includeGroups: true, includeTags: true })
      delete dict.num_followers
      return dict
    })
}

/**
 * Declares {noun}_followee_count. As CKAN 2.10 (ckan/ckan#6973),
 * group_followee_count counts groups only and organization_followee_count
 * organizations only.
 */
export function makeFolloweeCount(noun: FolloweeNoun): ActionDefinition {
  const organizations = noun === 'organization' ? true : noun === 'group' ? false : undefined
  return defineAction(`${noun}_followee_count`, {
    readOnly: true,
    auth: anyone,
    schema: followeeSchema,
    help: `Count the ${noun}s a user follows.

    Anyone may ask. Deleted ones are not counted.

    :param id: id or name of the user
    :type id: string

    :rtype: int
    `,
    run: (ctx, data) => followeeCount(ctx.db, kindOf[noun], data.id as string, organizations),
  })
}

/** Declares {noun}_followee_list. */
export function makeFolloweeList(noun: FolloweeNoun): ActionDefinition {
  return defineAction(`${noun}_followee_list`, {
    readOnly: true,
    // Mirrors CKAN: auth reads the id as sent, before the schema.
    auth: requireFolloweesReadable,
    schema: followeeSchema,
    help: `List the ${noun}s a user follows.

    Only the user themself and sysadmins may ask. Deleted ones are left
    out${noun === 'dataset' ? ', and so are datasets the caller may not read' : ''}.

    :param id: id or name of the user
    :type id: string

    :rtype: list of dictionaries
    `,
    run: (ctx, data) => followeeDicts(ctx, noun, data.id as string),
  })
}
