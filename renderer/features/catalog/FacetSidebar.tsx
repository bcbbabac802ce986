/** Facet filters with counts: organization, groups, tags, formats, licenses. */
import { useState } from 'react'
import type { SearchFacet } from '../../../shared/actions.ts'
import { facetFields, facetTitles, type FacetField } from '../../lib/search-query.ts'
import { clearFilters, toggleFacet, useCatalogStore } from '../../stores/catalog.ts'

/** How many values a facet shows before "Show more". */
const collapsedSize = 8

/** The sidebar. */
export function FacetSidebar() {
  const facets = useCatalogStore((s) => s.facets)
  const filters = useCatalogStore((s) => s.filters)
  const stale = useCatalogStore((s) => s.facetGeneration !== s.shownGeneration)
  const failed = useCatalogStore((s) => s.failure !== null && s.count === 0) // the counts are an older search's
  const active = Object.values(filters).some((values) => values && values.length > 0)
  return (
    <aside className={`facets${stale || failed ? ' stale' : ''}`} aria-label="Filters" aria-busy={stale}>
      {active && (
        <button type="button" className="link clear-filters" onClick={() => void clearFilters()}>
          Clear all filters
        </button>
      )}
      {facetFields.map((field) => (
        <Facet key={field} field={field} facet={facets[field]} selected={filters[field] ?? []} />
      ))}
    </aside>
  )
}

function Facet({ field, facet, selected }: { field: FacetField; facet: SearchFacet | undefined; selected: string[] }) {
  const [expanded, setExpanded] = useState(false)
  const items = [...(facet?.items ?? [])].sort((a, b) => b.count - a.count || a.display_name.localeCompare(b.display_name))
  for (const value of selected) {
    if (!items.some((item) => item.name === value)) items.unshift({ name: value, display_name: value, count: 0 })
  }
  if (items.length === 0) return null
  const shown = expanded ? items : items.slice(0, collapsedSize)
  return (
    <section className="facet" data-facet={field}>
      <h2>{facetTitles[field]}</h2>
      <ul>
        {shown.map((item) => {
          const isOn = selected.includes(item.name)
          return (
            <li key={item.name}>
              <button
                type="button"
                className="facet-item"
                aria-pressed={isOn}
                data-value={item.name}
                onClick={() => void toggleFacet(field, item.name)}
              >
                <span className="facet-name">{item.display_name || item.name}</span>
                <span className="facet-count">{item.count.toLocaleString()}</span>
              </button>
            </li>
          )
        })}
      </ul>
      {items.length > collapsedSize && (
        <button type="button" className="link" onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show ${items.length - collapsedSize} more`}
        </button>
      )}
    </section>
  )
}
