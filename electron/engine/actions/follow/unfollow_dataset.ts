/** CKAN's unfollow_dataset: stop following a dataset. */
import { datasetKind } from '../../followers/kinds.ts'
import { makeUnfollow } from './make-follow.ts'

export const unfollow_dataset = makeUnfollow(datasetKind)
