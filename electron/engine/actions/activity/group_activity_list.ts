/** CKAN's group_activity_list: a group's and its datasets' activity stream. */
import { makeGroupActivityList } from './make-group-activity-list.ts'

export const group_activity_list = makeGroupActivityList('group')
