/**
 * The result list, virtualized: only the rows in view (plus a small
 * overscan) are in the DOM, so 100k results scroll as smoothly as 10.
 * Rows not loaded yet show a placeholder and are fetched page by page.
 * Rows are selected by id in the selection store, so a selection survives
 * its rows scrolling out of the DOM.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { DatasetSummary } from '../../../shared/actions.ts'
import { failureText } from '../../lib/call.ts'
import { isUnreachable } from '../../lib/unreachable.ts'
import { orgTitlesOf } from '../../lib/org-titles.ts'
import { navigate } from '../../stores/route.ts'
import { ensureRows, useCatalogStore } from '../../stores/catalog.ts'
import { DatasetRow, rowHeight } from './DatasetRow.tsx'
import { useReferenceStore } from '../../stores/reference.ts'
import { clearSelection, selectAllLoaded, selectRangeTo, toggleSelected, useSelectionStore } from '../../stores/selection.ts'
import { useRowWindow } from './use-row-window.ts'

/** The list of datasets matching the search. */
export function DatasetList() {
  const count = useCatalogStore((s) => s.count)
  const rows = useCatalogStore((s) => s.rows)
  const generation = useCatalogStore((s) => s.shownGeneration)
  const query = useCatalogStore((s) => s.query)
  const shownQuery = useCatalogStore((s) => s.shownQuery)
  const failure = useCatalogStore((s) => s.failure)
  const selected = useSelectionStore((s) => s.selected)
  const orgTitles = useOrgTitles()
  const scroller = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const { first, last, totalHeight, scrollToIndex } = useRowWindow(scroller, count, rowHeight, 8)
  const pick = useCallback((index: number) => {
    setActive(index)
    scroller.current?.focus({ preventScroll: true })
  }, [])

  useEffect(() => {
    if (count > 0 && last >= first) void ensureRows(first, last)
  }, [first, last, count, generation])
  useEffect(() => {
    setActive(0)
    scroller.current?.scrollTo({ top: 0 })
  }, [generation])

  const onKeyDown = (event: React.KeyboardEvent) => {
    const move = (to: number) => {
      event.preventDefault()
      const next = Math.max(0, Math.min(count - 1, to))
      setActive(next)
      scrollToIndex(next)
    }
    if (event.key === 'ArrowDown') move(active + 1)
    else if (event.key === 'ArrowUp') move(active - 1)
    else if (event.key === 'PageDown') move(active + 10)
    else if (event.key === 'PageUp') move(active - 10)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(count - 1)
    else if (event.key === 'Enter' && rows[active]) navigate(`/dataset/${rows[active]!.name}`)
    else onSelectionKey(event, rows[active], active)
  }

  if (count === 0 && failure) {
    // No answer is not an empty answer: say why (a bad query gets the engine's own message).
    const text = failureText(failure)
    return (
      <div className="dataset-list empty-state search-failed" role="alert" data-generation={generation} data-query={query} data-shown-query={shownQuery}>
        <strong>{isUnreachable(text) ? "Can't reach Shelfmark: the search could not be sent." : 'The search could not run.'}</strong>
        <span className="mono">{text}</span>
      </div>
    )
  }
  if (count === 0) {
    return (
      <div className="dataset-list empty-state" data-generation={generation} data-query={query} data-shown-query={shownQuery}>
        {generation < 0 ? 'Loading…' : 'No datasets match.'}
      </div>
    )
  }
  return (
    <div
      ref={scroller}
      className="dataset-list"
      role="listbox"
      aria-label="Datasets"
      aria-activedescendant={`dataset-row-${active}`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-generation={generation}
      data-query={query}
      data-shown-query={shownQuery}
      data-count={count}
    >
      <div className="dataset-list-inner" style={{ height: totalHeight }}>
        {indexesFrom(first, last).map((index) => (
          <DatasetRow
            key={index}
            index={index}
            dataset={rows[index]}
            top={index * rowHeight}
            isActive={index === active}
            isSelected={selected.has(rows[index]?.id ?? '')}
            onPick={pick}
            orgTitle={orgTitles.get(rows[index]?.organization ?? '')}
          />
        ))}
      </div>
    </div>
  )
}

function indexesFrom(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i)
}

/** Space toggles the active row (Shift+Space: the range to it), Ctrl/Cmd+A selects every row loaded, Escape unselects. */
function onSelectionKey(event: React.KeyboardEvent, activeRow: DatasetSummary | undefined, active: number): void {
  const mod = event.ctrlKey || event.metaKey
  if (event.key === ' ' && activeRow && event.target === event.currentTarget) {
    event.preventDefault() // not a page scroll
    if (event.shiftKey) selectRangeTo(active)
    else toggleSelected(activeRow)
  } else if (mod && !event.altKey && event.key.toLowerCase() === 'a') {
    event.preventDefault() // not the page's text
    selectAllLoaded()
  } else if (event.key === 'Escape' && useSelectionStore.getState().selected.size > 0) {
    event.preventDefault()
    clearSelection()
  }
}

/** Organization name → title, from the organization facet and the organizations the user knows. */
function useOrgTitles(): Map<string, string> {
  const facet = useCatalogStore((s) => s.facets.organization)
  const organizations = useReferenceStore((s) => s.organizations)
  return useMemo(() => orgTitlesOf(organizations, facet), [facet, organizations])
}
