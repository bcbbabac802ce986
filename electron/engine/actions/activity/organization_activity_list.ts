/** CKAN's organization_activity_list: an organization's and its datasets' activity stream. */
import { makeGroupActivityList } from './make-group-activity-list.ts'

export const organization_activity_list = makeGroupActivityList('organization')
