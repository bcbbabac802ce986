/**
 * Cross-screen UI requests: focus the search box, save the open editor,
 * the shortcut help. Counters let a screen react to each request once.
 */
import { create } from 'zustand'

type UiState = { searchFocusRequests: number; saveRequests: number; shortcutHelp: boolean }

/** The store's starting state (tests reset to it). */
export const initialUi: UiState = { searchFocusRequests: 0, saveRequests: 0, shortcutHelp: false }
/** The store; select narrowly (STYLE.md). */
export const useUiStore = create<UiState>()(() => initialUi)

/** Asks the catalog to focus its search box. */
export function requestSearchFocus(): void {
  useUiStore.setState((s) => ({ searchFocusRequests: s.searchFocusRequests + 1 }))
}

/** Asks the open editor (if any) to save. */
export function requestSave(): void {
  useUiStore.setState((s) => ({ saveRequests: s.saveRequests + 1 }))
}

/** Shows or hides the keyboard help. */
export function toggleShortcutHelp(): void {
  useUiStore.setState((s) => ({ shortcutHelp: !s.shortcutHelp }))
}
