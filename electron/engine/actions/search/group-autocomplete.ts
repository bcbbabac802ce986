/**
 * organization_autocomplete and group_autocomplete: active organizations or
 * groups whose name or title contains a string, ordered by title (CKAN's
 * Group.search_by_name_or_title).
 */
import type { Context } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { likeContaining } from './autocomplete-schema.ts'

/** The matching organizations (isOrganization) or groups as {id, name, title}. */
export function groupsMatching(ctx: Context, data: Record<string, unknown>, isOrganization: boolean): unknown[] {
  const text = String(data.q).trim().toLowerCase()
  return sql(
    ctx.db,
    `SELECT id, name, title FROM groups
     WHERE is_organization = ? AND state = 'active'
       AND (instr(name, ?) > 0 OR title LIKE ? ESCAPE '\\')
     ORDER BY title, name LIMIT ?`,
  ).all(isOrganization ? 1 : 0, text, likeContaining(text), (data.limit as number | undefined) ?? 20)
}
