/**
 * Each dataset's sync state, derived from shelfmark_status by the remotes
 * store (server state). With no remote connected there is none to show.
 */
import { create } from 'zustand'

/** A dataset's relation to its remote copy. */
export type SyncState = 'local' | 'synced' | 'changed' | 'conflict'

type SyncStateState = { states: Record<string, SyncState>; hasRemotes: boolean }

/** The store; select narrowly (STYLE.md). */
export const useSyncStateStore = create<SyncStateState>()(() => ({ states: {}, hasRemotes: false }))

/** Replaces the known states; datasets not listed are in sync when a remote exists. */
export function setSyncStates(states: Record<string, SyncState>, hasRemotes = Object.keys(states).length > 0): void {
  useSyncStateStore.setState({ states, hasRemotes })
}

/** The state of one dataset, or undefined when no remote is connected. */
export function syncStateOf(s: SyncStateState, datasetId: string): SyncState | undefined {
  return s.states[datasetId] ?? (s.hasRemotes ? 'synced' : undefined)
}
