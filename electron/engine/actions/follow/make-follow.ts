/** follow_user/_dataset/_group and unfollow_*: the same steps for each kind of followed thing. */
import { defineAction, type ActionDefinition } from '../../define-action.ts'
import { NotAuthorized, NotFound, ValidationError } from '../../errors.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import type { FollowKind } from '../../followers/kinds.ts'
import { addFollower, isFollowing, removeFollower } from '../../followers/store.ts'

const followHelp: Record<FollowKind['word'], string> = {
  user: `Start following another user: their activity then shows on your
    dashboard (dashboard_activity_list).`,
  dataset: `Start following a dataset: its activity then shows on your dashboard
    (dashboard_activity_list).`,
  group: `Start following a group or an organization: activity about it and its
    datasets then shows on your dashboard (dashboard_activity_list).`,
}

/**
 * Declares follow_{kind}. Mirrors CKAN: a logged-in caller first (each kind
 * has its own wording), then the schema, then "not yourself" (users) and
 * "not twice" as 409s with a bare `message`. Following records no activity.
 */
export function makeFollow(kind: FollowKind, loginMessage: string): ActionDefinition {
  return defineAction(`follow_${kind.word}`, {
    auth(ctx) {
      if (!ctx.user) throw new NotAuthorized(loginMessage)
    },
    schema: kind.schema,
    help: `${followHelp[kind.word]}

    You must be logged in. Following yourself, or something you already
    follow, is refused.

    :param id: id or name of the ${kind.word} to follow
    :type id: string

    :returns: the new following: \`\`follower_id\`\` (you), \`\`object_id\`\` and
        \`\`datetime\`\` (when it began)
    :rtype: dictionary
    `,
    run(ctx, data) {
      const me = ctx.user!.id
      const id = data.id as string
      if (kind.word === 'user' && id === me) throw new ValidationError({ message: 'You cannot follow yourself' })
      if (isFollowing(ctx.db, kind, me, id)) {
        throw new ValidationError({ message: `You are already following ${kind.shownName(ctx.db, id)}` })
      }
      return addFollower(ctx.db, kind, me, id)
    },
  })
}

/**
 * Declares unfollow_{kind}. Mirrors CKAN's _unfollow: a logged-in caller,
 * the schema, then 404 "You are not following {id}." naming the id as sent.
 */
export function makeUnfollow(kind: FollowKind): ActionDefinition {
  return defineAction(`unfollow_${kind.word}`, {
    auth(ctx) {
      if (!ctx.user) throw new NotAuthorized('You must be logged in to unfollow something.')
    },
    // Validated in run: the 404 names the id as it was sent, before conversion.
    help: `Stop following a ${kind.word}${kind.word === 'group' ? ' or an organization' : ''}.

    You must be logged in and be following it.

    :param id: id or name of the ${kind.word} to stop following
    :type id: string

    :returns: null
    `,
    run(ctx, params) {
      const me = ctx.user!.id
      const id = validateOrThrow<{ id: string }>(kind.schema, params, ctx).id
      if (!isFollowing(ctx.db, kind, me, id)) throw new NotFound(`You are not following ${String(params.id)}.`)
      removeFollower(ctx.db, kind, me, id)
      return null
    },
  })
}
