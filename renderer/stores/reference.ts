/**
 * Lists the editor picks from: licenses, the organizations the user may add
 * datasets to, and groups. Server state, loaded once and refreshed after the
 * user changes organizations or groups.
 */
import { create } from 'zustand'
import type { Group, License } from '../../shared/actions.ts'
import { asFailure, call } from '../lib/call.ts'
import type { ActionFailure } from '../../shared/envelope.ts'

type ReferenceState = {
  licenses: License[]
  organizations: Group[]
  groups: Group[]
  loaded: boolean
  failure: ActionFailure | null
}

/** The store's starting state (tests reset to it). */
export const initialReference: ReferenceState = { licenses: [], organizations: [], groups: [], loaded: false, failure: null }
/** The store; select narrowly (STYLE.md). */
export const useReferenceStore = create<ReferenceState>()(() => initialReference)

/** Loads (or reloads) the licenses, organizations and groups. */
export async function loadReference(): Promise<void> {
  try {
    const [licenses, organizations, groups] = await Promise.all([
      call('license_list', {}),
      call('organization_list_for_user', { permission: 'create_dataset' }),
      call('group_list', { all_fields: true, limit: 1000 }),
    ])
    useReferenceStore.setState({
      licenses,
      organizations: sortByTitle(organizations),
      groups: sortByTitle(groups as Group[]),
      loaded: true,
      failure: null,
    })
  } catch (error) {
    useReferenceStore.setState({ failure: asFailure(error), loaded: true })
  }
}

/** Loads the lists once; later calls return at once. */
export function ensureReference(): Promise<void> {
  return useReferenceStore.getState().loaded ? Promise.resolve() : loadReference()
}

function sortByTitle<T extends Group>(list: T[]): T[] {
  return [...list].sort((a, b) => (a.title || a.name).localeCompare(b.title || b.name))
}
