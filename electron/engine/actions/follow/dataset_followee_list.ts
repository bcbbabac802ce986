/** CKAN's dataset_followee_list: the datasets a user follows. */
import { makeFolloweeList } from './make-followees.ts'

export const dataset_followee_list = makeFolloweeList('dataset')
