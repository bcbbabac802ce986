/** Asks before leaving a screen with unsaved changes. */
import { useEffect, useRef } from 'react'
import { cancelPending, confirmPending, useRouteStore } from '../../stores/route.ts'

/** The unsaved-changes dialog; shown while a navigation waits. */
export function LeaveGuardDialog() {
  const pending = useRouteStore((s) => s.pending)
  const stay = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (pending !== null) stay.current?.focus()
  }, [pending])
  if (pending === null) return null
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="leave-title"
        onKeyDown={(event) => event.key === 'Escape' && cancelPending()}
      >
        <h2 id="leave-title">Discard unsaved changes?</h2>
        <p>This dataset has changes that are not saved. Leaving now throws them away.</p>
        <div className="dialog-actions">
          <button type="button" ref={stay} onClick={cancelPending}>
            Keep editing
          </button>
          <button type="button" className="danger" onClick={confirmPending}>
            Discard and leave
          </button>
        </div>
      </div>
    </div>
  )
}
