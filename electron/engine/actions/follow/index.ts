/** The follower actions, as the registry lists them (CKAN's follow_*, *_follower_*, *_followee_*, am_following_*). */
import type { ActionDefinition } from '../../define-action.ts'
import { am_following_dataset } from './am_following_dataset.ts'
import { am_following_group } from './am_following_group.ts'
import { am_following_user } from './am_following_user.ts'
import { dataset_followee_count } from './dataset_followee_count.ts'
import { dataset_followee_list } from './dataset_followee_list.ts'
import { dataset_follower_count } from './dataset_follower_count.ts'
import { dataset_follower_list } from './dataset_follower_list.ts'
import { follow_dataset } from './follow_dataset.ts'
import { follow_group } from './follow_group.ts'
import { follow_user } from './follow_user.ts'
import { followee_count } from './followee_count.ts'
import { followee_list } from './followee_list.ts'
import { group_followee_count } from './group_followee_count.ts'
import { group_followee_list } from './group_followee_list.ts'
import { group_follower_count } from './group_follower_count.ts'
import { group_follower_list } from './group_follower_list.ts'
import { organization_followee_count } from './organization_followee_count.ts'
import { organization_followee_list } from './organization_followee_list.ts'
import { organization_follower_count } from './organization_follower_count.ts'
import { organization_follower_list } from './organization_follower_list.ts'
import { unfollow_dataset } from './unfollow_dataset.ts'
import { unfollow_group } from './unfollow_group.ts'
import { unfollow_user } from './unfollow_user.ts'
import { user_followee_count } from './user_followee_count.ts'
import { user_followee_list } from './user_followee_list.ts'
import { user_follower_count } from './user_follower_count.ts'
import { user_follower_list } from './user_follower_list.ts'

export const followActions: ActionDefinition[] = [
  follow_user,
  unfollow_user,
  follow_dataset,
  unfollow_dataset,
  follow_group,
  unfollow_group,
  am_following_user,
  am_following_dataset,
  am_following_group,
  user_follower_count,
  user_follower_list,
  dataset_follower_count,
  dataset_follower_list,
  group_follower_count,
  group_follower_list,
  organization_follower_count,
  organization_follower_list,
  followee_count,
  followee_list,
  user_followee_count,
  user_followee_list,
  dataset_followee_count,
  dataset_followee_list,
  group_followee_count,
  group_followee_list,
  organization_followee_count,
  organization_followee_list,
]
