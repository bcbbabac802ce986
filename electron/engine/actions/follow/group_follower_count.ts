/** CKAN's group_follower_count: how many users follow a group. */
import { groupKind } from '../../followers/kinds.ts'
import { makeFollowerCount } from './make-followers.ts'

export const group_follower_count = makeFollowerCount(groupKind, 'group')
