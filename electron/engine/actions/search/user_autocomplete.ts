/** user_autocomplete: users whose name or full name (and, for sysadmins, email) contains a string. */
import { isSysadmin } from '../../context.ts'
import { requireUsersListable } from '../../users/auth.ts'
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { ignoreMissing, intOr, pythonTruthy } from '../../validate/validators.ts'
import { autocompleteSchema, likeContaining } from './autocomplete-schema.ts'

/** Users whose name or full name contains a string (whoever may list users). */
export const user_autocomplete = defineAction('user_autocomplete', {
  readOnly: true,
  // Mirrors CKAN: the auth of user_list, so anonymous callers may unless user details are private.
  auth: requireUsersListable,
  // Mirrors CKAN: ignore_self is taken as sent and read by Python's truthiness, so even the text "false" leaves the caller out.
  schema: { ...autocompleteSchema, ignore_self: [ignoreMissing] },
  help: `Suggest users whose user name or full name contains the given text.

Anyone who may list users may use it (anonymous callers too, unless user
details are private). Sysadmins also get matches on e-mail
addresses. Deleted users are left out, and suggestions are sorted by
user name.

:param q: text to look for
:type q: string
:param limit: most users to return (optional, default: 20)
:type limit: int
:param ignore_self: leave the caller out of the suggestions (optional,
    default: false); as in CKAN, any non-empty text counts as true,
    "false" included
:type ignore_self: bool

:returns: one dictionary per user, with id, name and fullname
:rtype: list of dictionaries`,
  run(ctx, data) {
    // Mirrors User.search: name and fullname; sysadmins also match on email.
    const like = likeContaining(String(data.q))
    return sql(
      ctx.db,
      `SELECT id, name, fullname FROM users
       WHERE state != 'deleted'
         AND (name LIKE @like ESCAPE '\\' OR fullname LIKE @like ESCAPE '\\' OR (@sysadmin = 1 AND email LIKE @like ESCAPE '\\'))
         AND (@ignoreSelf = 0 OR name != @self)
       ORDER BY name LIMIT @limit`,
    ).all({
      like,
      sysadmin: isSysadmin(ctx) ? 1 : 0,
      ignoreSelf: pythonTruthy(data.ignore_self) ? 1 : 0,
      self: ctx.user?.name ?? '',
      limit: intOr(data.limit, 20),
    })
  },
})
