/** The sync actions, as the registry lists them. */
import type { ActionDefinition } from '../../define-action.ts'
import '../../../sync/handlers.ts'
import { shelfmark_job_cancel } from './shelfmark_job_cancel.ts'
import { shelfmark_job_list } from './shelfmark_job_list.ts'
import { shelfmark_job_resume } from './shelfmark_job_resume.ts'
import { shelfmark_job_show } from './shelfmark_job_show.ts'
import { shelfmark_pull } from './shelfmark_pull.ts'
import { shelfmark_sync_apply_pull } from './shelfmark_sync_apply_pull.ts'
import { shelfmark_sync_store_groups } from './shelfmark_sync_store_groups.ts'
import { shelfmark_sync_record_files } from './shelfmark_sync_record_files.ts'
import { shelfmark_sync_remote_deleted } from './shelfmark_sync_remote_deleted.ts'
import { shelfmark_sync_left_scope } from './shelfmark_sync_left_scope.ts'
import { shelfmark_push_plan } from './shelfmark_push_plan.ts'
import { shelfmark_push } from './shelfmark_push.ts'
import { shelfmark_status } from './shelfmark_status.ts'
import { shelfmark_conflicts } from './shelfmark_conflicts.ts'
import { shelfmark_resolve } from './shelfmark_resolve.ts'
import {
  shelfmark_sync_begin_step,
  shelfmark_sync_record_push,
  shelfmark_sync_record_conflict,
  shelfmark_sync_record_errors,
  shelfmark_sync_map_group,
  shelfmark_sync_record_capability,
  shelfmark_sync_forget_link,
} from './shelfmark_sync_steps.ts'
import { shelfmark_remote_add } from './shelfmark_remote_add.ts'
import { shelfmark_remote_check } from './shelfmark_remote_check.ts'
import { shelfmark_remote_list } from './shelfmark_remote_list.ts'
import { shelfmark_remote_remove } from './shelfmark_remote_remove.ts'
import { shelfmark_remote_token } from './shelfmark_remote_token.ts'
import { shelfmark_remote_show } from './shelfmark_remote_show.ts'
import { shelfmark_sync_record_check } from './shelfmark_sync_record_check.ts'

/** Every sync action, for the registry. */
export const syncActions: ActionDefinition[] = [
  shelfmark_remote_add,
  shelfmark_remote_list,
  shelfmark_remote_show,
  shelfmark_remote_check,
  shelfmark_remote_remove,
  shelfmark_remote_token,
  shelfmark_job_show,
  shelfmark_job_list,
  shelfmark_job_cancel,
  shelfmark_job_resume,
  shelfmark_sync_record_check,
  shelfmark_pull,
  shelfmark_sync_apply_pull,
  shelfmark_sync_store_groups,
  shelfmark_sync_record_files,
  shelfmark_sync_remote_deleted,
  shelfmark_sync_left_scope,
  shelfmark_push_plan,
  shelfmark_push,
  shelfmark_status,
  shelfmark_conflicts,
  shelfmark_resolve,
  shelfmark_sync_begin_step,
  shelfmark_sync_record_push,
  shelfmark_sync_record_conflict,
  shelfmark_sync_record_errors,
  shelfmark_sync_map_group,
  shelfmark_sync_record_capability,
  shelfmark_sync_forget_link,
]
