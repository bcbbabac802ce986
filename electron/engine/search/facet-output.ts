/**
 * Facet counts in CKAN's two shapes: `facets` ({field: {value: count}}, in
 * Solr's order: count descending, then value) and `search_facets` (items with
 * name, display_name and count, sorted by display_name descending as
 * package_search does). Organizations and groups show their titles, licenses
 * their license titles.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { licenseById } from '../licenses.ts'
import type { Counts } from './facet-counts.ts'

/** One search_facets item. */
export type FacetItem = { name: string; display_name: string; count: number }
/** package_search's facets and search_facets. */
export type FacetOutput = {
  facets: Record<string, Record<string, number>>
  search_facets: Record<string, { title: string; items: FacetItem[] }>
}

/** Shapes raw counts; `limit` < 0 means no limit, values below `minCount` are left out. */
export function shapeFacets(db: Sqlite, counts: Map<string, Counts>, limit: number, minCount: number): FacetOutput {
  const output: FacetOutput = { facets: {}, search_facets: {} }
  for (const [field, values] of counts) {
    const items = itemsOf(db, field, values)
      .filter((item) => item.count >= Math.max(minCount, 1))
      .sort((a, b) => b.count - a.count || compare(a.name, b.name))
    const kept = limit < 0 ? items : items.slice(0, limit)
    output.facets[field] = Object.fromEntries(kept.map((item) => [item.name, item.count]))
    output.search_facets[field] = { title: field, items: [...kept].sort((a, b) => compare(b.display_name, a.display_name)) }
  }
  return output
}

function itemsOf(db: Sqlite, field: string, values: Counts): FacetItem[] {
  const items: FacetItem[] = []
  for (const [value, count] of values) {
    if (field === 'organization' || field === 'groups') {
      const group = sql(db, 'SELECT name, title FROM groups WHERE id = ?').get(value) as { name: string; title: string | null } | undefined
      if (!group) continue
      items.push({ name: group.name, display_name: group.title?.trim() ? group.title : group.name, count })
    } else if (field === 'license_id') {
      items.push({ name: value, display_name: licenseById(value)?.title ?? value, count })
    } else items.push({ name: value, display_name: value, count })
  }
  return items
}

/** Code-point order, as Solr's index order and Python's string comparison. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
