/** CKAN's dataset_followee_count: how many datasets a user follows. */
import { makeFolloweeCount } from './make-followees.ts'

export const dataset_followee_count = makeFolloweeCount('dataset')
