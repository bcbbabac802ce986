/** The catalog: search box and sort on top, facets on the left, the dataset list and, under it, what to do with the selected datasets. */
import { useEffect } from 'react'
import { FailureBanner } from '../../components/Failure.tsx'
import { searchOnce, useCatalogStore } from '../../stores/catalog.ts'
import { BulkBar } from './BulkBar.tsx'
import { DatasetList } from './DatasetList.tsx'
import { FacetSidebar } from './FacetSidebar.tsx'
import { SearchBar } from './SearchBar.tsx'

/** The catalog screen; searches once on first show. */
export function CatalogScreen() {
  // With nothing listed the list itself says why; the banner is for a failure beside shown results.
  const failure = useCatalogStore((s) => (s.count > 0 ? s.failure : null))
  useEffect(() => {
    void searchOnce() // a second mount while the first search runs must not start another
  }, [])
  return (
    <div className="catalog">
      <SearchBar />
      <FailureBanner failure={failure} prefix="Search failed" />
      <div className="catalog-body">
        <FacetSidebar />
        <div className="catalog-results">
          <DatasetList />
          <BulkBar />
        </div>
      </div>
    </div>
  )
}
