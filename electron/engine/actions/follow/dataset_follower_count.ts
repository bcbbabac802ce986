/** CKAN's dataset_follower_count: how many users follow a dataset. */
import { datasetKind } from '../../followers/kinds.ts'
import { makeFollowerCount } from './make-followers.ts'

export const dataset_follower_count = makeFollowerCount(datasetKind, 'dataset')
