/** CKAN's organization_follower_list: the users following a organization (sysadmins only). */
import { groupKind } from '../../followers/kinds.ts'
import { makeFollowerList } from './make-followers.ts'

export const organization_follower_list = makeFollowerList(groupKind, 'organization')
