/** A form's submit button, named for what it does, beside Cancel. */
import type { ReactNode } from 'react'

/** The row; `disabled` greys the submit button out (busy, or the form not ready). */
export function FormActions({ submit, onCancel, disabled = false }: { submit: ReactNode; onCancel(): void; disabled?: boolean }) {
  return (
    <div className="form-actions">
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
