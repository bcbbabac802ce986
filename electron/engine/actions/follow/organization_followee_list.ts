/** CKAN's organization_followee_list: the organizations a user follows. */
import { makeFolloweeList } from './make-followees.ts'

export const organization_followee_list = makeFolloweeList('organization')
