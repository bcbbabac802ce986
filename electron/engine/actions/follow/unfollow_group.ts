/** CKAN's unfollow_group: stop following a group or organization. */
import { groupKind } from '../../followers/kinds.ts'
import { makeUnfollow } from './make-follow.ts'

export const unfollow_group = makeUnfollow(groupKind)
