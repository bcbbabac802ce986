/** Organization names to the titles people know them by. */
import type { SearchFacet } from '../../shared/actions.ts'

/**
 * Name → title, from the organizations the user may add datasets to and the
 * search's organization facet (which also names organizations the user is
 * no member of); a name missing from both is its own title.
 */
export function orgTitlesOf(organizations: { name: string; title?: string }[], facet: SearchFacet | undefined): Map<string, string> {
  const titles = new Map<string, string>()
  for (const org of organizations) titles.set(org.name, org.title || org.name)
  for (const item of facet?.items ?? []) titles.set(item.name, item.display_name || item.name)
  return titles
}
