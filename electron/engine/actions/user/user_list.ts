/** CKAN's user_list: the site's user accounts, deleted ones left out. */
import { isSysadmin, type Context, type UserRow } from '../../context.ts'
import { defineAction } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'
import { requireUsersListable } from '../../users/auth.ts'
import { dictizeUser } from '../../users/dictize.ts'
import { asbool, booleanWithDefault, ignoreMissing, unicodeSafe } from '../../validate/validators.ts'

const displayNameOrder = "CASE WHEN fullname IS NULL OR fullname = '' THEN name ELSE fullname END COLLATE NOCASE"
const createdCount =
  "(SELECT count(*) FROM packages p WHERE p.creator_user_id = users.id AND p.state = 'active' AND p.private = 0)"

/**
 * The ORDER BY for CKAN's order_by values: a users column (fullname, about,
 * sysadmin and number_created_packages with name as tie-breaker; empty
 * values last, as PostgreSQL sorts NULL), anything else by display name, as
 * CKAN falls back when the attribute is unknown.
 */
function orderClause(orderBy: string): string {
  if (orderBy === 'number_created_packages') return `${createdCount}, name`
  // PostgreSQL sorts NULL after every value in ascending order (SQLite puts it first).
  if (['fullname', 'about', 'sysadmin'].includes(orderBy)) return `${orderBy} IS NULL, ${orderBy} COLLATE NOCASE, name`
  if (['id', 'name', 'email', 'created', 'state', 'last_active', 'image_url'].includes(orderBy)) {
    return `${orderBy} IS NULL, ${orderBy} COLLATE NOCASE`
  }
  return `${displayNameOrder}, name`
}

/** The users matching q (name or full name; email too for sysadmins) and email (sysadmins). */
function findUsers(ctx: Context, q: string, email: string | undefined, orderBy: string, withSiteUser: boolean): UserRow[] {
  const where = ["state != 'deleted'"]
  // Mirrors CKAN, which leaves its site user out of user_list unless include_site_user asks for it.
  if (!withSiteUser) where.push("id NOT IN (SELECT value FROM settings WHERE key = 'site_user_id')")
  const params: Record<string, string> = {}
  if (q) {
    // User.search's ILIKE '%q%': q's own % and _ are wildcards there too, and a backslash escapes one.
    params.q = `%${q.toLowerCase()}%`
    const fields = ['name', 'fullname', ...(isSysadmin(ctx) ? ['email'] : [])]
    where.push(`(${fields.map((f) => `lower(ifnull(${f}, '')) LIKE @q ESCAPE '\\'`).join(' OR ')})`)
  }
  if (email && isSysadmin(ctx)) {
    params.email = email
    where.push('email = @email')
  }
  // Only fixed fragments reach the SQL text; request values travel as parameters.
  return ctx.db.prepare(`SELECT * FROM users WHERE ${where.join(' AND ')} ORDER BY ${orderClause(orderBy)}`).all(params) as UserRow[]
}

export const user_list = defineAction('user_list', {
  readOnly: true,
  auth: requireUsersListable,
  schema: {
    q: [ignoreMissing, unicodeSafe],
    email: [ignoreMissing, unicodeSafe],
    order_by: [ignoreMissing, unicodeSafe],
    all_fields: [booleanWithDefault(true)],
  },
  help: `List the site's user accounts.

    Readable on the same terms as user_show. Deleted accounts and the
    site's internal user are left out. In each dict,
    \`\`number_created_packages\`\` counts only active public datasets.

    :param q: keep users whose name or full name contains this text,
        ignoring case; for a sysadmin the email is searched too (optional)
    :type q: string
    :param email: keep only the account with exactly this address
        (optional, sysadmins only: anyone else sending it is refused)
    :type email: string
    :param order_by: the field to sort on, such as \`\`"name"\`\`,
        \`\`"fullname"\`\`, \`\`"created"\`\`, \`\`"sysadmin"\`\` or
        \`\`"number_created_packages"\`\`; any other value sorts by display name
        (optional, default \`\`"display_name"\`\`; \`\`"edits"\`\` is refused)
    :type order_by: string
    :param all_fields: answer with user dicts rather than names (optional,
        default \`\`True\`\`)
    :type all_fields: bool
    :param include_site_user: list the site user (the CLI's and desktop's own
        account) too (optional, default \`\`False\`\`)
    :type include_site_user: bool

    :rtype: list of dictionaries, or list of strings
    `,
  run(ctx, data) {
    const orderBy = typeof data.order_by === 'string' ? data.order_by : 'display_name'
    if (orderBy === 'edits') throw new ValidationError({ message: 'order_by=edits is no longer supported' })
    const withSiteUser = asbool(data.include_site_user) === true
    const users = findUsers(ctx, typeof data.q === 'string' ? data.q : '', data.email as string | undefined, orderBy, withSiteUser)
    if (data.all_fields === false) return users.map((user) => user.name)
    return users.map((user) => dictizeUser(ctx, user))
  },
})
