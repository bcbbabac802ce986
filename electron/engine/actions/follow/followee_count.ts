/** CKAN's followee_count: how many users, datasets, groups and organizations a user follows in all. */
import { anyone, defineAction } from '../../define-action.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { datasetKind, groupKind, userKind } from '../../followers/kinds.ts'
import { followeeCount } from '../../followers/store.ts'
import { followeeSchema } from './make-followees.ts'

export const followee_count = defineAction('followee_count', {
  readOnly: true,
  auth: anyone,
  // Validated in run: CKAN counts datasets and groups with the id as sent.
  help: `Count everything a user follows: users, datasets, groups and
    organizations together.

    Anyone may ask. As in CKAN, datasets, groups and organizations are
    counted only when the user is given by id; given by name, only the
    users they follow are counted.

    :param id: id of the user
    :type id: string

    :rtype: int
    `,
  run(ctx, params) {
    const userId = validateOrThrow<{ id: string }>(followeeSchema, params, ctx).id
    // Mirrors CKAN 2.10's followee_count: only its first count uses the validated id; the dataset and
    // group counts reuse the request's own dict, so a name given as id matches no follower there.
    const sent = String(params.id)
    return followeeCount(ctx.db, userKind, userId) + followeeCount(ctx.db, datasetKind, sent) + followeeCount(ctx.db, groupKind, sent)
  },
})
