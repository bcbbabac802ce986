/**
 * Organization (and group) hierarchies, as CKAN keeps them: a member row
 * with table_name 'group' links group_id (the child) to table_id (its
 * parent), so `member_create {id: child, object: parent, object_type:
 * 'group'}` and a child's `groups` list both name the parents, and CKAN's
 * hierarchy queries (get_children_group_hierarchy, get_parent_groups) walk
 * down from table_id to group_id. CKAN's roles that cascade to
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
  const [from, to] = direction === 'up' ? ['group_id', 'table_id'] : ['table_id', 'group_id']
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
