/** CKAN's follow_user: start following another user. */
import { userKind } from '../../followers/kinds.ts'
import { makeFollow } from './make-follow.ts'

export const follow_user = makeFollow(userKind, 'You must be logged in to follow users')
