/** CKAN's user_follower_count: how many users follow a user. */
import { userKind } from '../../followers/kinds.ts'
import { makeFollowerCount } from './make-followers.ts'

export const user_follower_count = makeFollowerCount(userKind, 'user')
