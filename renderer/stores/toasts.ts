/** Short messages at the bottom of the window (UI state only). */
import { create } from 'zustand'

/** One message; `kind` picks its colour and its ARIA role. */
export type Toast = { id: number; text: string; kind: 'info' | 'error' }

/** The store; select narrowly (STYLE.md). */
export const useToastStore = create<{ toasts: Toast[] }>()(() => ({ toasts: [] }))

let nextId = 1

/** Shows a message for a few seconds. */
export function toast(text: string, kind: Toast['kind'] = 'info'): void {
  const id = nextId++
  useToastStore.setState((s) => ({ toasts: [...s.toasts.slice(-3), { id, text, kind }] }))
  setTimeout(() => dismissToast(id), kind === 'error' ? 8000 : 4000)
}

/** Removes a message. */
export function dismissToast(id: number): void {
  useToastStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }))
}
