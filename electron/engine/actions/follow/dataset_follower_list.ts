/** CKAN's dataset_follower_list: the users following a dataset (sysadmins only). */
import { datasetKind } from '../../followers/kinds.ts'
import { makeFollowerList } from './make-followers.ts'

export const dataset_follower_list = makeFollowerList(datasetKind, 'dataset')
