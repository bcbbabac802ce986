/** A button that asks before it acts: the question and Confirm / Cancel replace it inline (as deleting a dataset does). */
import { useRef, useState } from 'react'

type ConfirmProps = {
  /** The button's text, e.g. "Delete". */
  label: string
  /** What is asked, e.g. "Delete this resource?". */
  question: string
  /** The confirming button's text; the label when absent. */
  confirmLabel?: string
  /** An accessible name for the first button when its label alone is ambiguous (several rows). */
  ariaLabel?: string
  /** Disables the first button (e.g. while another change runs). */
  disabled?: boolean
  onConfirm(): Promise<void> | void
}

/** The button and, once pressed, its inline confirmation; Escape or Cancel goes back. */
export function ConfirmButton({ label, question, confirmLabel, ariaLabel, disabled, onConfirm }: ConfirmProps) {
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const cancel = () => {
    setAsking(false)
    requestAnimationFrame(() => button.current?.focus()) // the keyboard goes back where it was
  }
  if (!asking) {
    return (
      <button ref={button} type="button" className="subtle" aria-label={ariaLabel} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    )
  }
  return (
    <span
      className="confirm-inline"
      role="group"
      aria-label={`Confirm: ${question}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          cancel()
        }
      }}
    >
      <span>{question}</span>
      <button
        type="button"
        className="danger"
        autoFocus
        disabled={busy}
        onClick={async () => {
          setBusy(true)
          try {
            await onConfirm()
          } finally {
            setBusy(false)
            setAsking(false)
          }
        }}
      >
        {confirmLabel ?? label}
      </button>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
    </span>
  )
}
