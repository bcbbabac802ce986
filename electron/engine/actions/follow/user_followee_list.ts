/** CKAN's user_followee_list: the users a user follows. */
import { makeFolloweeList } from './make-followees.ts'

export const user_followee_list = makeFolloweeList('user')
