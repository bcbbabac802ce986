/** CKAN's group_follower_list: the users following a group (sysadmins only). */
import { groupKind } from '../../followers/kinds.ts'
import { makeFollowerList } from './make-followers.ts'

export const group_follower_list = makeFollowerList(groupKind, 'group')
