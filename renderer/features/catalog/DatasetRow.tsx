/** One row of the dataset list: title, name, organization, badges, formats, date. */
import { memo } from 'react'
import type { DatasetSummary } from '../../../shared/actions.ts'
import { DatasetBadges } from '../../components/Badge.tsx'
import { formatTimestamp } from '../../components/format.ts'
import { navigate } from '../../stores/route.ts'
import { SyncBadge } from '../sync/SyncBadge.tsx'

/** Every row has this fixed height, which keeps the virtual list cheap. */
export const rowHeight = 64

type RowProps = { index: number; dataset: DatasetSummary | undefined; top: number; isActive: boolean; orgTitle?: string }

/** A row, or a placeholder while its page loads; re-rendered only when its props change (not on every keystroke). */
export const DatasetRow = memo(function DatasetRow({ index, dataset, top, isActive, orgTitle }: RowProps) {
  const style = { transform: `translateY(${top}px)`, height: rowHeight }
  if (!dataset) {
    return <div className="dataset-row placeholder" style={style} id={`dataset-row-${index}`} role="option" aria-selected={isActive} />
  }
  const formats = [...new Set((dataset.res_format ?? []).filter(Boolean))].slice(0, 4)
  return (
    <div
      className={`dataset-row${isActive ? ' active' : ''}`}
      style={style}
      id={`dataset-row-${index}`}
      role="option"
      aria-selected={isActive}
      data-name={dataset.name}
      onClick={() => navigate(`/dataset/${dataset.name}`)}
    >
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
