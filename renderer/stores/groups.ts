/**
 * Organizations and groups: the lists, the one on screen with its members,
 * and the writes (create, edit, members). Both kinds share one shape in
 * CKAN, so one store serves both, keyed by kind.
 */
import { create } from 'zustand'
import type { Capacity, Group, GroupInput } from '../../shared/actions.ts'
import type { ActionFailure } from '../../shared/envelope.ts'
import { asFailure, call, fieldErrors } from '../lib/call.ts'

/** Which of CKAN's two group types. */
export type GroupKind = 'organization' | 'group'

type GroupsState = {
  lists: Record<GroupKind, Group[]>
  /** The organization or group on screen, with `users`. */
  current: Group | null
  errors: Record<string, unknown>
  failure: ActionFailure | null
  loading: boolean
}

/** The store's starting state (tests reset to it). */
export const initialGroups: GroupsState = {
  lists: { organization: [], group: [] },
  current: null,
  errors: {},
  failure: null,
  loading: false,
}
/** The store; select narrowly (STYLE.md). */
export const useGroupsStore = create<GroupsState>()(() => initialGroups)

/** CKAN clamps all_fields lists to 25 a page (ckan.group_and_organization_list_all_fields_max). */
const pageLimit = 25
const maxPages = 400

/** Loads every organization (or group) with its dataset count. */
export async function loadGroupList(kind: GroupKind): Promise<void> {
  useGroupsStore.setState({ loading: true })
  try {
    const all: Group[] = []
    for (let page = 0; page < maxPages; page++) {
      const params = { all_fields: true, limit: pageLimit, offset: page * pageLimit, sort: 'title asc' }
      const batch = (await call(kind === 'organization' ? 'organization_list' : 'group_list', params)) as Group[]
      all.push(...batch)
      if (batch.length < pageLimit) break
    }
    useGroupsStore.setState((s) => ({ lists: { ...s.lists, [kind]: all }, loading: false, failure: null }))
  } catch (error) {
    useGroupsStore.setState({ loading: false, failure: asFailure(error) })
  }
}

/** Loads one organization or group with its members. */
export async function loadGroup(kind: GroupKind, id: string): Promise<void> {
  useGroupsStore.setState({ current: null, loading: true, failure: null, errors: {} })
  try {
    const action = kind === 'organization' ? 'organization_show' : 'group_show'
    const current = await call(action, { id, include_users: true, include_datasets: false })
    useGroupsStore.setState({ current, loading: false })
  } catch (error) {
    useGroupsStore.setState({ loading: false, failure: asFailure(error) })
  }
}

/** Creates an organization or group; resolves to it, or null with field errors in the store. */
export async function createGroup(kind: GroupKind, input: GroupInput & { name: string }): Promise<Group | null> {
  const created = await write(() => call(kind === 'organization' ? 'organization_create' : 'group_create', input))
  return created || null
}

/** Changes an organization's or group's own fields (patch: members untouched). */
export async function patchGroup(kind: GroupKind, id: string, input: GroupInput): Promise<Group | null> {
  const saved = await write(() => call(kind === 'organization' ? 'organization_patch' : 'group_patch', { ...input, id }))
  if (!saved) return null
  await loadGroup(kind, saved.id) // *_patch answers with the raw form; show it as *_show does
  return saved
}

/** Adds a member or changes their role. */
export async function setMember(kind: GroupKind, id: string, username: string, role: Capacity): Promise<boolean> {
  const action = kind === 'organization' ? 'organization_member_create' : 'group_member_create'
  const ok = await write(() => call(action, { id, username, role }).then(() => null))
  if (ok !== false) await loadGroup(kind, id)
  return ok !== false
}

/** Removes a member. */
export async function removeMember(kind: GroupKind, id: string, username: string): Promise<boolean> {
  const action = kind === 'organization' ? 'organization_member_delete' : 'group_member_delete'
  const ok = await write(() => call(action, { id, username }).then(() => null))
  if (ok !== false) await loadGroup(kind, id)
  return ok !== false
}

async function write<T>(work: () => Promise<T>): Promise<T | false> {
  useGroupsStore.setState({ errors: {}, failure: null })
  try {
    const result = await work()
    if (result && typeof result === 'object' && 'id' in result) useGroupsStore.setState({ current: result as unknown as Group })
    return result
  } catch (error) {
    const failure = asFailure(error)
    useGroupsStore.setState({ failure, errors: fieldErrors(failure) })
    return false
  }
}
