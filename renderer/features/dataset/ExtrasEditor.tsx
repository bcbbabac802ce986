/** Custom key/value fields (CKAN extras), with per-row errors aligned as CKAN sends them. */
import type { Extra } from '../../../shared/actions.ts'
import { messagesOf } from '../../components/Field.tsx'
import { setField } from '../../stores/draft.ts'

type ExtrasProps = { extras: Extra[]; errors: unknown; duplicateErrors: unknown }

/** The extras table. */
export function ExtrasEditor({ extras, errors, duplicateErrors }: ExtrasProps) {
  const rowErrors = Array.isArray(errors) ? errors : []
  const update = (index: number, patch: Partial<Extra>) =>
    setField('extras', extras.map((extra, i) => (i === index ? { ...extra, ...patch } : extra)))
  return (
    <fieldset className="field extras" data-field="extras">
      <legend>Custom fields</legend>
      {extras.length === 0 && <p className="muted">None.</p>}
      {extras.map((extra, index) => {
        const rowError = (rowErrors[index] ?? {}) as Record<string, unknown>
        const messages = [...messagesOf(rowError.key), ...messagesOf(rowError.value)]
        return (
          <div key={index} className="extra-row">
            <input aria-label={`Custom field ${index + 1} key`} placeholder="key" value={extra.key} aria-invalid={messagesOf(rowError.key).length > 0} onChange={(e) => update(index, { key: e.target.value })} />
            <input aria-label={`Custom field ${index + 1} value`} placeholder="value" value={extra.value} onChange={(e) => update(index, { value: e.target.value })} />
            <button type="button" className="subtle" aria-label={`Remove custom field ${index + 1}`} onClick={() => setField('extras', extras.filter((_, i) => i !== index))}>
              Remove
            </button>
            {messages.length > 0 && (
              <ul className="field-error" role="alert">
                {messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </div>
        )
      })}
      {messagesOf(duplicateErrors).length > 0 && (
        <ul className="field-error" role="alert">
          {messagesOf(duplicateErrors).map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => setField('extras', [...extras, { key: '', value: '' }])}>
        Add custom field
      </button>
    </fieldset>
  )
}
