/** The activity actions, as the registry lists them (CKAN's activity plugin). */
import type { ActionDefinition } from '../../define-action.ts'
import { activity_create } from './activity_create.ts'
import { activity_data_show } from './activity_data_show.ts'
import { activity_diff } from './activity_diff.ts'
import { activity_show } from './activity_show.ts'
import { dashboard_activity_list } from './dashboard_activity_list.ts'
import { dashboard_mark_activities_old } from './dashboard_mark_activities_old.ts'
import { dashboard_new_activities_count } from './dashboard_new_activities_count.ts'
import { group_activity_list } from './group_activity_list.ts'
import { organization_activity_list } from './organization_activity_list.ts'
import { package_activity_list } from './package_activity_list.ts'
import { recently_changed_packages_activity_list } from './recently_changed_packages_activity_list.ts'
import { user_activity_list } from './user_activity_list.ts'

export const activityActions: ActionDefinition[] = [
  package_activity_list,
  organization_activity_list,
  group_activity_list,
  user_activity_list,
  recently_changed_packages_activity_list,
  dashboard_activity_list,
  dashboard_new_activities_count,
  dashboard_mark_activities_old,
  activity_show,
  activity_data_show,
  activity_diff,
  activity_create,
]
