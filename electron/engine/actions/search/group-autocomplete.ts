/**
 * organization_autocomplete and group_autocomplete: active organizations or
 * groups whose name or title contains a string, ordered by title (CKAN's
 * Group.search_by_name_or_title).
 */
import { intOr } from '../../validate/validators.ts'
import type { Context } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { anyone, type ActionDefinition } from '../../define-action.ts'
import { autocompleteSchema, likeContaining } from './autocomplete-schema.ts'

/** The definition of organization_autocomplete (isOrganization) or group_autocomplete. */
export function makeGroupAutocomplete(isOrganization: boolean): Omit<ActionDefinition, 'name'> {
  const noun = isOrganization ? 'organization' : 'group'
  return {
    readOnly: true,
    auth: anyone,
    schema: autocompleteSchema,
    help: `Suggest active ${noun}s whose name or title contains the given text.

Suggestions are sorted by title.

:param q: text to look for
:type q: string
:param limit: most ${noun}s to return (optional, default: 20)
:type limit: int

:returns: one dictionary per ${noun}, with id, name and title
:rtype: list of dictionaries`,
    run: (ctx, data) => groupsMatching(ctx, data, isOrganization),
  }
}

/** The matching organizations (isOrganization) or groups as {id, name, title}. */
function groupsMatching(ctx: Context, data: Record<string, unknown>, isOrganization: boolean): unknown[] {
  const text = String(data.q).trim().toLowerCase()
  return sql(
    ctx.db,
    `SELECT id, name, title FROM groups
     WHERE is_organization = ? AND state = 'active'
       AND (instr(name, ?) > 0 OR title LIKE ? ESCAPE '\\')
     ORDER BY title, name LIMIT ?`,
  ).all(isOrganization ? 1 : 0, text, likeContaining(text), intOr(data.limit, 20))
}
