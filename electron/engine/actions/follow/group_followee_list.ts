/** CKAN's group_followee_list: the groups a user follows. */
import { makeFolloweeList } from './make-followees.ts'

export const group_followee_list = makeFolloweeList('group')
