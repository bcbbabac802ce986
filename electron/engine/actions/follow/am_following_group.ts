/** CKAN's am_following_group: whether the caller follows a group or organization. */
import { groupKind } from '../../followers/kinds.ts'
import { makeAmFollowing } from './make-followers.ts'

export const am_following_group = makeAmFollowing(groupKind)
