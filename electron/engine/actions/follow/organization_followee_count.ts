/** CKAN's organization_followee_count: how many organizations a user follows. */
import { makeFolloweeCount } from './make-followees.ts'

export const organization_followee_count = makeFolloweeCount('organization')
