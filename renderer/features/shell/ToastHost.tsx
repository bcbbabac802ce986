/** Where toasts appear. */
import { dismissToast, useToastStore } from '../../stores/toasts.ts'

/** The toast stack, announced politely to screen readers. */
export function ToastHost() {
  const toasts = useToastStore((s) => s.toasts)
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
          <span>{t.text}</span>
          <button type="button" className="link" aria-label="Dismiss" onClick={() => dismissToast(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
