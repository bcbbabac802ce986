/** Uploads for this dataset: a progress bar and a cancel button per file. */
import { formatSize } from '../../components/format.ts'
import { cancelUpload, clearFinished, useUploadStore } from '../../stores/uploads.ts'

const stateLabels = { queued: 'Waiting', uploading: 'Uploading', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' }

/** The upload list (nothing when there are no uploads). */
export function UploadList({ packageId }: { packageId: string }) {
  const jobs = useUploadStore((s) => s.jobs).filter((job) => job.packageId === packageId)
  if (jobs.length === 0) return null
  const finished = jobs.some((job) => job.state !== 'queued' && job.state !== 'uploading')
  return (
    <section className="uploads" aria-label="Uploads">
      <ul>
        {jobs.map((job) => {
          const percent = job.total > 0 ? Math.round((job.loaded / job.total) * 100) : job.state === 'done' ? 100 : 0
          return (
            <li key={job.id} className={`upload upload-${job.state}`} data-file={job.fileName} data-state={job.state}>
              <span className="upload-name">
                {job.resourceId ? 'Replacing with ' : ''}
                {job.fileName}
              </span>
              <progress max={100} value={percent} aria-label={`${job.fileName} progress`} />
              <span className="upload-status">
                {stateLabels[job.state]}
                {job.state === 'uploading' && ` ${percent}% of ${formatSize(job.total)}`}
                {job.message && `: ${job.message}`}
              </span>
              {(job.state === 'queued' || job.state === 'uploading') && (
                <button type="button" className="subtle" onClick={() => cancelUpload(job.id)} aria-label={`Cancel ${job.fileName}`}>
                  Cancel
                </button>
              )}
            </li>
          )
        })}
      </ul>
      {finished && (
        <button type="button" className="link" onClick={clearFinished}>
          Clear finished
        </button>
      )}
    </section>
  )
}
