/**
 * The query behind organization_list and group_list (CKAN 2.10's
 * _group_or_org_list): active groups of one kind and type, filtered by names
 * and a substring, sorted by one field, paged.
 */
import type { Context } from '../context.ts'
import { sql } from '../db/statements.ts'
import { ValidationError } from '../errors.ts'
import type { GroupRow } from './store.ts'

/** One list request, parameters already checked. */
export type ListQuery = {
  isOrg: boolean
  type: string
  names?: string[]
  q?: string
  sort: string
  limit: number
  offset: number
}

const sortColumns: Record<string, string> = {
  name: 'g.name',
  title: 'g.title',
  packages: 'package_count',
  package_count: 'package_count',
}

/**
 * Mirrors _unpick_search with total=1: "field [asc|desc]", a bare
 * packages/package_count meaning descending. Every criterion is checked
 * (field, then direction) before their number, as CKAN does. Errors are
 * CKAN's 409 messages.
 */
export function parseGroupSort(sort: string): { column: string; direction: 'ASC' | 'DESC' } {
  const text = ['packages', 'package_count'].includes(sort.trim()) ? 'package_count desc' : sort
  const criteria = text.split(',').map((part) => {
    const [field = '', order = 'asc'] = part.trim().split(/\s+/)
    // CKAN crashes (a 500) on an empty criterion; here it is a field it cannot sort by.
    if (!Object.hasOwn(sortColumns, field)) throw new ValidationError({ message: `Cannot sort by field \`${field}\`` })
    const direction = order.toLowerCase()
    if (direction !== 'asc' && direction !== 'desc') {
      throw new ValidationError({ message: `Invalid sort direction \`${direction}\`` })
    }
    return { column: sortColumns[field], direction: direction === 'asc' ? ('ASC' as const) : ('DESC' as const) }
  })
  if (criteria.length > 1) throw new ValidationError({ message: 'Too many sort criteria provided only 1 allowed' })
  return criteria[0]
}

/** The rows of one page, in order. Names tie-break equal sort values so pages are stable. */
export function queryGroups(ctx: Context, query: ListQuery): GroupRow[] {
  const { column, direction } = parseGroupSort(query.sort)
  const where = ["g.state = 'active'", 'g.is_organization = @isOrg', 'g.type = @type']
  const params: Record<string, unknown> = { isOrg: query.isOrg ? 1 : 0, type: query.type }
  if (query.names) {
    where.push('g.name IN (SELECT value FROM json_each(@names))')
    params.names = JSON.stringify(query.names)
  }
  if (query.q) {
    // CKAN's ILIKE '%q%': q's own % and _ are wildcards there too, and a backslash escapes one.
    where.push("(g.name LIKE @q ESCAPE '\\' OR g.title LIKE @q ESCAPE '\\' OR g.description LIKE @q ESCAPE '\\')")
    params.q = `%${query.q}%`
  }
  // Datasets count as CKAN's sort counts them: member rows of active datasets (owner_org for organizations).
  const count = query.isOrg
    ? "(SELECT count(*) FROM packages p WHERE p.owner_org = g.id AND p.state = 'active')"
    : `(SELECT count(*) FROM members m JOIN packages p ON p.id = m.table_id
        WHERE m.group_id = g.id AND m.table_name = 'package' AND m.state = 'active' AND p.state = 'active')`
  // CKAN sorts by count over a join of member rows and datasets: a group with no active dataset
  // is not in that join, so it is left out of the list altogether.
  if (column === 'package_count') where.push(`${count} > 0`)
  // Mirrors CKAN's `if limit:`: a limit of 0 means no limit at all.
  params.limit = query.limit > 0 ? query.limit : -1
  params.offset = query.offset
  const text = `SELECT g.*, ${count} AS package_count FROM groups g WHERE ${where.join(' AND ')}
    ORDER BY ${column} ${direction}, g.name ASC LIMIT @limit OFFSET @offset`
  return sql(ctx.db, text).all(params) as GroupRow[]
}
