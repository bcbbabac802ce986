/** CKAN's group_followee_count: how many groups a user follows. */
import { makeFolloweeCount } from './make-followees.ts'

export const group_followee_count = makeFolloweeCount('group')
