/**
 * One row of the dataset list: its selection checkbox, title, name,
 * organization, badges, formats, date. A plain click opens the dataset;
 * Ctrl/Cmd+click toggles its selection instead and Shift+click selects the
 * range from the row toggled last, as file managers do.
 */
import { memo } from 'react'
import type { DatasetSummary } from '../../../shared/actions.ts'
import { DatasetBadges } from '../../components/Badge.tsx'
import { formatTimestamp } from '../../components/format.ts'
import { navigate } from '../../stores/route.ts'
import { selectRangeTo, toggleSelected } from '../../stores/selection.ts'
import { SyncBadge } from '../sync/SyncBadge.tsx'

/** Every row has this fixed height, which keeps the virtual list cheap. */
export const rowHeight = 64

type RowProps = {
  index: number
  dataset: DatasetSummary | undefined
  top: number
  isActive: boolean
  isSelected: boolean
  orgTitle?: string
  /** A selection click on row `index`: it becomes the active row and the list takes the keyboard. */
  onPick(index: number): void
}

/** A row, or a placeholder while its page loads; re-rendered only when its props change (not on every keystroke). */
export const DatasetRow = memo(function DatasetRow({ index, dataset, top, isActive, isSelected, orgTitle, onPick }: RowProps) {
  const style = { transform: `translateY(${top}px)`, height: rowHeight }
  if (!dataset) {
    return <div className="dataset-row placeholder" style={style} id={`dataset-row-${index}`} role="option" aria-selected={isActive} />
  }
  const formats = [...new Set((dataset.res_format ?? []).filter(Boolean))].slice(0, 4)
  const select = (event: { shiftKey: boolean }) => {
    if (event.shiftKey) selectRangeTo(index)
    else toggleSelected(dataset)
    onPick(index)
  }
  return (
    <div
      className={`dataset-row${isActive ? ' active' : ''}${isSelected ? ' selected' : ''}`}
      style={style}
      id={`dataset-row-${index}`}
      role="option"
      aria-selected={isActive}
      data-name={dataset.name}
      onMouseDown={(event) => event.shiftKey && event.preventDefault()} // Shift+click selects rows, not text
      onClick={(event) => (event.shiftKey || event.ctrlKey || event.metaKey ? select(event) : navigate(`/dataset/${dataset.name}`))}
    >
      <input
        type="checkbox"
        className="row-check"
        checked={isSelected}
        tabIndex={-1} // the list holds the keyboard (Space toggles the active row)
        aria-label={`Select ${dataset.title || dataset.name}`}
        onMouseDown={(event) => event.preventDefault()} // keep focus on the list, not on this box
        onChange={(event) => select(event.nativeEvent as MouseEvent)} // a checkbox changes on a click: Shift is the click's
        onClick={(event) => event.stopPropagation()} // not the row's click: that would open the dataset
      />
      <div className="row-main">
        <div className="row-title">
          <a href={`#/dataset/${encodeURIComponent(dataset.name)}`} tabIndex={-1} onClick={(e) => e.preventDefault()}>
            {dataset.title || dataset.name}
          </a>
          <DatasetBadges dataset={dataset} />
          <SyncBadge datasetId={dataset.id} />
        </div>
        <div className="row-meta">
          <span className="row-name">{dataset.name}</span>
          {dataset.organization && <span>{orgTitle || dataset.organization}</span>}
          <span>
            {dataset.num_resources ?? 0} {dataset.num_resources === 1 ? 'resource' : 'resources'}
          </span>
        </div>
      </div>
      <div className="row-side">
        <div className="row-formats">
          {formats.map((format) => (
            <span key={format} className="format">
              {format}
            </span>
          ))}
        </div>
        <div className="row-date">{formatTimestamp(dataset.metadata_modified)}</div>
      </div>
    </div>
  )
})
