/** The search box (search-as-you-type), the result count and the sort order. */
import { useEffect, useRef } from 'react'
import { sortOptions } from '../../lib/search-query.ts'
import { setQuery, setSort, useCatalogStore } from '../../stores/catalog.ts'
import { useUiStore } from '../../stores/ui.ts'

/** The bar above the list. */
export function SearchBar() {
  const query = useCatalogStore((s) => s.query)
  const sort = useCatalogStore((s) => s.sort)
  const count = useCatalogStore((s) => s.count)
  const loading = useCatalogStore((s) => s.loading)
  const failed = useCatalogStore((s) => s.failure !== null && s.count === 0)
  const focusRequests = useUiStore((s) => s.searchFocusRequests)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [focusRequests])
  return (
    <div className="search-bar" role="search">
      <input
        ref={input}
        type="search"
        className="search-input"
        placeholder="Search datasets   ( / )"
        aria-label="Search datasets"
        value={query}
        onChange={(event) => void setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            document.querySelector<HTMLElement>('.dataset-list')?.focus()
          }
        }}
      />
      <div className="result-count" aria-live="polite" data-loading={loading || undefined}>
        {failed ? 'Search failed' : `${count.toLocaleString()} ${count === 1 ? 'dataset' : 'datasets'}`}
      </div>
      <label className="sort">
        <span>Sort</span>
        <select value={sort} onChange={(event) => void setSort(event.target.value)} aria-label="Sort order">
          {sortOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
