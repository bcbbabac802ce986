/**
 * One resource: its name, format, size and link; drag it to reorder, drop a
 * file on it to replace the file, edit its fields, or delete it.
 */
import { useState, type DragEvent } from 'react'
import type { Resource } from '../../../shared/actions.ts'
import { ConfirmButton } from '../../components/ConfirmButton.tsx'
import { formatSize } from '../../components/format.ts'
import { asFailure, call, failureText } from '../../lib/call.ts'
import { reloadDataset } from '../../stores/draft.ts'
import { toast } from '../../stores/toasts.ts'
import { replaceFile, uploadFiles } from '../../stores/uploads.ts'
import { hasFiles } from './use-file-drop.ts'
import { ResourceEditForm } from './ResourceEditForm.tsx'

/** The drag type for reordering rows (never confused with files). */
const rowDragType = 'application/x-shelfmark-resource'

type RowProps = {
  resource: Resource
  index: number
  count: number
  onMove(from: number, to: number): void
  /** An upload whose file is not on this disk (pulled without files): no link that would fail. */
  fileMissing?: boolean
}

/** A resource row. */
export function ResourceRow({ resource, index, count, onMove, fileMissing = false }: RowProps) {
  const [editing, setEditing] = useState(false)
  const [target, setTarget] = useState(false)
  const isOurs = (event: DragEvent) => Array.from(event.dataTransfer.types).includes(rowDragType)
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event) && !isOurs(event)) return
    event.preventDefault()
    event.stopPropagation() // a file dropped here replaces this resource, not a new one
    setTarget(true)
  }
  const onDrop = (event: DragEvent) => {
    setTarget(false)
    if (isOurs(event)) {
      event.preventDefault()
      event.stopPropagation()
      onMove(Number(event.dataTransfer.getData(rowDragType)), index)
    } else if (hasFiles(event)) {
      // Handled here: the dataset's own drop handler sees defaultPrevented and only ends its drag state.
      event.preventDefault()
      const files = Array.from(event.dataTransfer.files)
      if (files.length === 1) replaceFile(resource.package_id, resource.id, files[0]!)
      else if (files.length > 1) {
        // Several files cannot all replace one file, and picking one would silently lose the others.
        // Adding them all is what the same drop does beside the rows; nothing is overwritten, and a
        // resource added by mistake is one Delete away, where a refusal would make the user drag again.
        uploadFiles(resource.package_id, files)
        toast(`Added ${files.length} files as new resources: dropping on a resource replaces its file only for a single file.`)
      }
    }
  }
  return (
    <li
      className={`resource-row${target ? ' drop-on' : ''}`}
      data-resource-id={resource.id}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(rowDragType, String(index))
        event.dataTransfer.effectAllowed = 'move'
      }}
      onDragOver={onDragOver}
      onDragLeave={() => setTarget(false)}
      onDrop={onDrop}
    >
      <div className="resource-main">
        <span className="drag-handle" aria-hidden="true">
          ⋮⋮
        </span>
        <div>
          <div className="resource-name">
            {resource.name || '(unnamed)'} {resource.format && <span className="format">{resource.format}</span>}
            {resource.url_type === 'upload' && <span className="muted"> · file {formatSize(resource.size)}</span>}
            {fileMissing && (
              <span className="file-missing" title="Pull with files (or drop the file here) to have it on this disk">
                {' '}
                · file not on this disk
              </span>
            )}
          </div>
          {resource.url && !fileMissing && (
            <a className="resource-url" href={resource.url} target="_blank" rel="noopener noreferrer" download={resource.url_type === 'upload' ? '' : undefined}>
              {resource.url}
            </a>
          )}
        </div>
      </div>
      <div className="resource-actions">
        <button type="button" className="subtle" aria-label={`Move ${resource.name} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
          ↑
        </button>
        <button type="button" className="subtle" aria-label={`Move ${resource.name} down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
          ↓
        </button>
        <button type="button" className="subtle" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          Edit
        </button>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${resource.name || 'resource'}`}
          question="Delete this resource?"
          onConfirm={async () => {
            try {
              await call('resource_delete', { id: resource.id })
              await reloadDataset()
              toast(`Removed ${resource.name || 'resource'}.`)
            } catch (error) {
              toast(failureText(asFailure(error)), 'error')
            }
          }}
        />
      </div>
      {editing && <ResourceEditForm resource={resource} onDone={() => setEditing(false)} />}
    </li>
  )
}
