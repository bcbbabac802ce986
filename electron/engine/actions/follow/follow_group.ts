/** CKAN's follow_group: start following a group or organization. */
import { groupKind } from '../../followers/kinds.ts'
import { makeFollow } from './make-follow.ts'

export const follow_group = makeFollow(groupKind, 'You must be logged in to follow a group.')
