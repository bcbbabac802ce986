/** The activity plugin's send_email_notifications: mail users their new activity (switched off here). */
import { requireSysadmin, requireUser } from '../../auth/roles.ts'
import { defineAction } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'

export const send_email_notifications = defineAction('send_email_notifications', {
  auth(ctx) {
    requireUser(ctx, 'send_email_notifications')
    requireSysadmin(ctx)
  },
  help: `Send users the activity email notifications due to them; only sysadmins may.

    Shelfmark sends no email: it answers as a CKAN site with
    ckan.activity_streams_email_notifications off (CKAN's default), with a
    Validation Error saying so.
    `,
  run() {
    throw new ValidationError({ message: 'ckan.activity_streams_email_notifications is not enabled in config' })
  },
})
