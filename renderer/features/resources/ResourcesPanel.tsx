/** A dataset's resources: the list (reorder, replace, edit, delete), uploads in progress, and adding by file or URL. */
import { useEffect, useRef, useState } from 'react'
import type { Package } from '../../../shared/actions.ts'
import { asFailure, call, failureText } from '../../lib/call.ts'
import { reloadDataset } from '../../stores/draft.ts'
import { toast } from '../../stores/toasts.ts'
import { uploadFiles } from '../../stores/uploads.ts'
import { ResourceRow } from './ResourceRow.tsx'
import { UploadList } from './UploadList.tsx'
import { UrlResourceForm } from './UrlResourceForm.tsx'

/** The resources tab. */
export function ResourcesPanel({ dataset }: { dataset: Package }) {
  const picker = useRef<HTMLInputElement>(null)
  const [addingUrl, setAddingUrl] = useState(false)
  const resources = dataset.resources ?? []
  const missing = useMissingFiles(dataset)
  const move = async (from: number, to: number) => {
    if (to < 0 || to >= resources.length || from === to) return
    const order = resources.map((r) => r.id)
    const [moved] = order.splice(from, 1)
    order.splice(to, 0, moved)
    try {
      await call('package_resource_reorder', { id: dataset.id, order })
      await reloadDataset()
    } catch (error) {
      toast(failureText(asFailure(error)), 'error')
    }
  }
  return (
    <div className="resources">
      <div className="resources-actions">
        <button type="button" onClick={() => picker.current?.click()}>
          Add files…
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          data-testid="file-picker"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? [])
            if (files.length) uploadFiles(dataset.id, files)
            event.target.value = ''
          }}
        />
        <button type="button" onClick={() => setAddingUrl(!addingUrl)} aria-expanded={addingUrl}>
          Add link…
        </button>
        <span className="muted">or drop files anywhere on this dataset. Drop a file on a resource to replace its file.</span>
      </div>
      {addingUrl && <UrlResourceForm packageId={dataset.id} onDone={() => setAddingUrl(false)} />}
      <UploadList packageId={dataset.id} />
      {resources.length === 0 ? (
        <div className="empty-state drop-target">No resources yet. Drop files here.</div>
      ) : (
        <ol className="resource-list" aria-label="Resources">
          {resources.map((resource, index) => (
            <ResourceRow key={resource.id} resource={resource} index={index} count={resources.length} onMove={move} fileMissing={missing.has(resource.id)} />
          ))}
        </ol>
      )}
    </div>
  )
}

/**
 * The uploaded resources whose file is not on this disk (a dataset pulled
 * without its files): asked again whenever the dataset changes, since an
 * upload or a replacement brings a file.
 */
function useMissingFiles(dataset: Package): Set<string> {
  const [missing, setMissing] = useState<Set<string>>(new Set())
  const hasUploads = (dataset.resources ?? []).some((r) => r.url_type === 'upload')
  useEffect(() => {
    let current = true
    if (!hasUploads) setMissing(new Set())
    else {
      call('shelfmark_files_missing', { id: dataset.id }).then(
        (ids) => current && setMissing(new Set(ids)),
        () => current && setMissing(new Set()), // unknown: the rows keep their links
      )
    }
    return () => {
      current = false
    }
  }, [dataset.id, dataset.metadata_modified, hasUploads])
  return missing
}
