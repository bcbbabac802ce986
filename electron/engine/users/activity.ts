/** The activity rows user writes leave: CKAN's 'new user' and 'changed user'. */
import { recordActivity } from '../activity/record.ts'
import type { Context, UserRow } from '../context.ts'

/**
 * Records a user activity. Mirrors ckanext/activity/subscriptions.py: the
 * user is both the subject (user_id) and the object, whoever made the call.
 */
export function recordUserActivity(ctx: Context, user: UserRow, type: 'new user' | 'changed user'): void {
  recordActivity({ ...ctx, user }, { objectId: user.id, type, data: {} })
}
