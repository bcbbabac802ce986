/** CKAN's am_following_dataset: whether the caller follows a dataset. */
import { datasetKind } from '../../followers/kinds.ts'
import { makeAmFollowing } from './make-followers.ts'

export const am_following_dataset = makeAmFollowing(datasetKind)
