/** The actions that would send email, as the registry lists them (Shelfmark sends none). */
import type { ActionDefinition } from '../../define-action.ts'
import { send_email_notifications } from './send_email_notifications.ts'
import { user_invite } from './user_invite.ts'

export const mailActions: ActionDefinition[] = [send_email_notifications, user_invite]
