/**
 * Organization (and group) hierarchies, as CKAN keeps them: a group that is
 * an active member of another (members.table_name 'group', group_id the
 * parent, table_id the child) sits below it. CKAN's roles that cascade to
 * sub-groups (`ckan.auth.roles_that_cascade_to_sub_groups`, default `admin`)
 * make an admin of a group an admin of every active group below it of the
 * same kind.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'

/** The role that cascades down a hierarchy (CKAN's default for roles_that_cascade_to_sub_groups). */
export const cascadingRole = 'admin'

/**
 * The active groups of the same kind reached from @group by following its
 * links one way, to any depth: up (its parents, theirs, ...) or down (its
 * children, ...). UNION (not UNION ALL) ends a cycle.
 */
function linkedGroupsSql(direction: 'up' | 'down'): string {
  const [from, to] = direction === 'up' ? ['table_id', 'group_id'] : ['group_id', 'table_id']
  return `
  WITH RECURSIVE linked(id) AS (
    SELECT m.${to} FROM members m
     WHERE m.${from} = @group AND m.table_name = 'group' AND m.state = 'active'
    UNION
    SELECT m.${to} FROM members m JOIN linked l ON m.${from} = l.id
     WHERE m.table_name = 'group' AND m.state = 'active'
  )
  SELECT g.id FROM linked JOIN groups g ON g.id = linked.id
   WHERE g.state = 'active' AND g.is_organization = (SELECT is_organization FROM groups WHERE id = @group)`
}

const ancestorsSql = linkedGroupsSql('up')
const descendantsSql = linkedGroupsSql('down')

/** True when the user holds the cascading role in some group above `groupId`. */
export function holdsCascadingRoleAbove(db: Sqlite, userId: string, groupId: string): boolean {
  const row = sql(
    db,
    `SELECT 1 FROM members WHERE table_name = 'user' AND table_id = @user AND state = 'active'
       AND capacity = '${cascadingRole}' AND group_id IN (${ancestorsSql})`,
  ).get({ user: userId, group: groupId })
  return row !== undefined
}

/** The ids of the active groups of the same kind below `groupId`. */
export function groupIdsBelow(db: Sqlite, groupId: string): string[] {
  return sql(db, descendantsSql).pluck().all({ group: groupId }) as string[]
}
