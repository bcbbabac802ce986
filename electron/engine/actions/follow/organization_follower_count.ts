/** CKAN's organization_follower_count: how many users follow a organization. */
import { groupKind } from '../../followers/kinds.ts'
import { makeFollowerCount } from './make-followers.ts'

export const organization_follower_count = makeFollowerCount(groupKind, 'organization')
