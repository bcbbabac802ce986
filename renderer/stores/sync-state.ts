/**
 * Each dataset's sync state, as the sync engine reports it (server state).
 * Empty until remotes exist; filled by the sync store.
 */
import { create } from 'zustand'

/** A dataset's relation to its remote copy. */
export type SyncState = 'local' | 'synced' | 'changed' | 'conflict'

export const useSyncStateStore = create<{ states: Record<string, SyncState> }>()(() => ({ states: {} }))

/** Replaces the known states. */
export function setSyncStates(states: Record<string, SyncState>): void {
  useSyncStateStore.setState({ states })
}
