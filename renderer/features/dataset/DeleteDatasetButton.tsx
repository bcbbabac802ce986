/** Deletes a dataset (CKAN's soft delete) after asking. */
import { useState } from 'react'
import { asFailure, call, failureText } from '../../lib/call.ts'
import { refresh } from '../../stores/catalog.ts'
import { showDataset } from '../../stores/draft.ts'
import { navigate } from '../../stores/route.ts'
import { toast } from '../../stores/toasts.ts'

/** The delete button and its confirmation. */
export function DeleteDatasetButton({ id }: { id: string }) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className="subtle" onClick={() => setAsking(true)}>
        Delete…
      </button>
    )
  }
  return (
    <span className="confirm-inline" role="group" aria-label="Confirm delete">
      <span>Delete this dataset?</span>
      <button
        type="button"
        className="danger"
        autoFocus
        onClick={async () => {
          try {
            await call('package_delete', { id })
            showDataset(await call('package_show', { id })) // clean draft: leaving is not "unsaved"
            toast('Dataset deleted.')
            void refresh()
            navigate('/')
          } catch (error) {
            toast(failureText(asFailure(error)), 'error')
          }
          setAsking(false)
        }}
      >
        Delete
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  )
}
