/**
 * CKAN's user_invite: make a pending account for an email address, add it to
 * an organization or group, and mail the person an invitation. Shelfmark
 * sends no email, so every invitation ends as CKAN's does when its mail
 * server refuses the connection: a 409, and no account left behind.
 */
import { requireUser } from '../../auth/roles.ts'
import type { Context } from '../../context.ts'
import { defineAction } from '../../define-action.ts'
import { NotFound, ValidationError } from '../../errors.ts'
import { requireManageMembers } from '../../groups/auth.ts'
import { roles } from '../../groups/member-schema.ts'
import { findGroupRow } from '../../groups/store.ts'
import { findUser } from '../../users/store.ts'
import { emailIsUnique } from '../../validate/user.ts'
import { runSchema, type Schema } from '../../validate/navl.ts'
import { emailValidator, notEmpty, unicodeSafe, userNameValidator } from '../../validate/validators.ts'

/** CKAN's default_user_invite_schema. */
const inviteSchema: Schema = {
  email: [notEmpty, emailValidator, emailIsUnique, unicodeSafe],
  group_id: [notEmpty],
  role: [notEmpty],
}

/** What CKAN's mailer raises with no mail server listening (smtp.server defaults to localhost). */
const mailFailure = '[Errno 111] Connection refused'

/** Mirrors _get_random_username_from_email: the address's local part, cleaned, and a random number. */
function inviteeName(ctx: Context, email: string): string {
  const cleaned = email.split('@')[0].replace(/[^\p{L}\p{N}_]/gu, '-').toLowerCase()
  for (let attempt = 0; attempt < 100; attempt++) {
    const name = `${cleaned}-${Math.floor(Math.random() * 10000)}`
    if (!findUser(ctx.db, name)) return name
  }
  return cleaned
}

export const user_invite = defineAction('user_invite', {
  auth(ctx, params) {
    requireUser(ctx, 'user_invite')
    // Mirrors CKAN: inviting is adding a member, so the caller must manage the group's members.
    requireManageMembers(ctx, findGroupRow(ctx.db, params.group_id))
  },
  help: `Invite someone by email to join an organization or group.

    CKAN makes a pending account, adds it with the role and mails an
    invitation. Shelfmark sends no email, so after the same checks (the
    caller must be able to manage the group's members; the address must
    be valid and not in use; the group must exist; the role must be one
    of admin, editor or member) it answers as a CKAN whose mail server
    refuses the connection: a Validation Error, "Error sending the invite
    email, the user was not created: ...", and nothing is stored.

    :param email: the address to invite
    :type email: string
    :param group_id: the id or name of the organization or group
    :type group_id: string
    :param role: "admin", "editor" or "member"
    :type role: string
    `,
  run(ctx, params) {
    const { data, errors } = runSchema(inviteSchema, params, ctx)
    if (Object.keys(errors).length) throw new ValidationError(errors)
    const group = findGroupRow(ctx.db, data.group_id)
    if (!group) throw new NotFound()
    // CKAN's user_create (with the invite schema) checks the name it made up from the address.
    const name = inviteeName(ctx, String(data.email))
    try {
      userNameValidator(name, { key: 'name', data: {}, errors: [], ctx })
    } catch (error) {
      throw new ValidationError({ name: [(error as Error).message] })
    }
    // Then organization_member_create / group_member_create checks the role.
    if (!(roles as readonly unknown[]).includes(data.role)) throw new ValidationError({ role: ['role does not exist.'] })
    throw new ValidationError({ message: `Error sending the invite email, the user was not created: ${mailFailure}` })
  },
})
