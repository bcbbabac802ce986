/** CKAN's user_followee_count: how many users a user follows. */
import { makeFolloweeCount } from './make-followees.ts'

export const user_followee_count = makeFolloweeCount('user')
