/** A labelled form control with the engine's messages for its field underneath. */
import { useId, type ReactNode } from 'react'

/** Messages for a field: CKAN sends a list, sometimes a bare string. */
export function messagesOf(error: unknown): string[] {
  if (error === undefined || error === null) return []
  if (Array.isArray(error)) return error.flatMap((e) => (typeof e === 'string' ? [e] : []))
  if (typeof error === 'string') return [error]
  return [JSON.stringify(error)]
}

type FieldProps = {
  label: string
  /** The CKAN field name; also the data-field attribute tests and focus use. */
  name: string
  error?: unknown
  hint?: string
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode
}

/** Renders a label, the control (a render prop receiving its id) and any error messages. */
export function Field({ label, name, error, hint, children }: FieldProps) {
  const id = useId()
  const messages = messagesOf(error)
  const describedBy = messages.length ? `${id}-error` : hint ? `${id}-hint` : undefined
  return (
    <div className={`field${messages.length ? ' field-invalid' : ''}`} data-field={name}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': messages.length > 0, 'aria-describedby': describedBy })}
      {hint && !messages.length && (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {messages.length > 0 && (
        <ul className="field-error" id={`${id}-error`} role="alert">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
