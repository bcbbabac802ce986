/**
 * A dataset's activity history, newest first, each entry with what changed
 * since the one before it (server state).
 */
import { create } from 'zustand'
import type { Activity } from '../../shared/actions.ts'
import type { ActionFailure } from '../../shared/envelope.ts'
import { asFailure, call } from '../lib/call.ts'
import { diffDatasets, type FieldChange } from '../lib/diff.ts'

/** One history entry with the fields it changed. */
export type HistoryEntry = { activity: Activity; changes: FieldChange[] }

type ActivityState = { datasetId: string | null; entries: HistoryEntry[]; failure: ActionFailure | null; loading: boolean }

/** The store's starting state (tests reset to it). */
export const initialActivity: ActivityState = { datasetId: null, entries: [], failure: null, loading: false }
/** The store; select narrowly (STYLE.md). */
export const useActivityStore = create<ActivityState>()(() => initialActivity)

/** How many activities the history shows (CKAN's page maximum). */
const historyLimit = 100

/** Loads the history of a dataset. */
export async function loadActivity(datasetId: string): Promise<void> {
  useActivityStore.setState({ datasetId, loading: true, failure: null })
  try {
    const list = await call('package_activity_list', { id: datasetId, limit: historyLimit })
    if (useActivityStore.getState().datasetId !== datasetId) return
    useActivityStore.setState({ entries: withChanges(list), loading: false })
  } catch (error) {
    if (useActivityStore.getState().datasetId !== datasetId) return
    useActivityStore.setState({ entries: [], failure: asFailure(error), loading: false })
  }
}

/** Pairs each activity (newest first) with its diff against the next older one. */
export function withChanges(list: Activity[]): HistoryEntry[] {
  return list.map((activity, i) => {
    const after = activity.data?.package
    const before = list[i + 1]?.data?.package ?? null
    if (!after) return { activity, changes: [] }
    if (activity.activity_type === 'new package') return { activity, changes: [] }
    return { activity, changes: diffDatasets(before, after) }
  })
}
