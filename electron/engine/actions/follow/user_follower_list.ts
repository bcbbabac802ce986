/** CKAN's user_follower_list: the users following a user (sysadmins only). */
import { userKind } from '../../followers/kinds.ts'
import { makeFollowerList } from './make-followers.ts'

export const user_follower_list = makeFollowerList(userKind, 'user')
