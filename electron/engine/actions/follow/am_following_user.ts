/** CKAN's am_following_user: whether the caller follows another user. */
import { userKind } from '../../followers/kinds.ts'
import { makeAmFollowing } from './make-followers.ts'

export const am_following_user = makeAmFollowing(userKind)
