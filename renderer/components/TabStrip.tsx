/**
 * A row of tabs as the ARIA tabs pattern has it: Tab enters the strip on the
 * selected tab and leaves it; Left/Right (wrapping), Home and End move to and
 * select another tab; disabled tabs are skipped.
 */
import { useRef, type KeyboardEvent } from 'react'

export type TabItem<K extends string> = { key: K; label: string; disabled?: boolean }

type TabStripProps<K extends string> = { items: TabItem<K>[]; selected: K; onSelect(key: K): void; className: string; label?: string }

/** The strip; the caller renders the panel of the selected tab. */
export function TabStrip<K extends string>({ items, selected, onSelect, className, label }: TabStripProps<K>) {
  const strip = useRef<HTMLDivElement>(null)
  const onKeyDown = (event: KeyboardEvent) => {
    const enabled = items.filter((item) => !item.disabled)
    // From the tab that has the focus (usually the selected one).
    const focused = (event.target as HTMLElement).closest('[role="tab"]')?.getAttribute('data-tab') ?? selected
    const at = enabled.findIndex((item) => item.key === focused)
    const next =
      event.key === 'ArrowRight' ? enabled[(at + 1) % enabled.length]
      : event.key === 'ArrowLeft' ? enabled[(at - 1 + enabled.length) % enabled.length]
      : event.key === 'Home' ? enabled[0]
      : event.key === 'End' ? enabled[enabled.length - 1]
      : undefined
    if (!next) return
    event.preventDefault()
    onSelect(next.key)
    strip.current?.querySelector<HTMLButtonElement>(`[data-tab="${next.key}"]`)?.focus()
  }
  return (
    <div className={className} role="tablist" aria-label={label} ref={strip} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="tab"
          data-tab={item.key}
          aria-selected={item.key === selected}
          tabIndex={item.key === selected ? 0 : -1}
          disabled={item.disabled}
          onClick={() => onSelect(item.key)}
        >
          {item.label}
        </button>
      ))}
    </div>
  )
}
