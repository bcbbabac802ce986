/** CKAN's unfollow_user: stop following another user. */
import { userKind } from '../../followers/kinds.ts'
import { makeUnfollow } from './make-follow.ts'

export const unfollow_user = makeUnfollow(userKind)
