/** CKAN's follow_dataset: start following a dataset. */
import { datasetKind } from '../../followers/kinds.ts'
import { makeFollow } from './make-follow.ts'

export const follow_dataset = makeFollow(datasetKind, 'You must be logged in to follow a dataset.')
