/**
 * The dataset being viewed or edited: the engine's copy (server state) and
 * the user's draft of it (UI state), with the engine's validation errors.
 *
 * After a save the draft is rebuilt from what the engine returned: the
 * engine is the truth (STYLE.md).
 */
import { create } from 'zustand'
import type { Package } from '../../shared/actions.ts'
import type { ActionFailure } from '../../shared/envelope.ts'
import { asFailure, call, fieldErrors } from '../lib/call.ts'
import { isEqual } from '../lib/diff.ts'
import { draftOf, emptyDraft, payloadOf, slugOf, type DraftFields } from '../lib/draft-fields.ts'

type DraftState = {
  /** The dataset as the engine last returned it; null for a new dataset. */
  original: Package | null
  draft: DraftFields
  /** The draft the editor started from, to tell whether anything changed. */
  baseline: DraftFields
  /** Field → messages from the engine's last Validation Error. */
  errors: Record<string, unknown>
  failure: ActionFailure | null
  loading: boolean
  saving: boolean
  /** The URL name follows the title until the user edits it (new datasets). */
  nameTouched: boolean
}

/** The store's starting state (tests reset to it). */
export const initialDraft: DraftState = {
  original: null,
  draft: emptyDraft(),
  baseline: emptyDraft(),
  errors: {},
  failure: null,
  loading: false,
  saving: false,
  nameTouched: false,
}

/** The store; select narrowly (STYLE.md). */
export const useDraftStore = create<DraftState>()(() => initialDraft)

/** True when the draft differs from what the editor started from. */
export function isDirty(state: DraftState = useDraftStore.getState()): boolean {
  return !isEqual(state.draft, state.baseline)
}

/** Starts a new, empty dataset (in `ownerOrg` when given). */
export function startNewDataset(ownerOrg = ''): void {
  const draft = emptyDraft(ownerOrg)
  useDraftStore.setState({ ...initialDraft, draft, baseline: draft })
}

/** Loads a dataset by id or name and makes it the draft. */
export async function loadDataset(id: string): Promise<void> {
  useDraftStore.setState({ ...initialDraft, loading: true })
  try {
    showDataset(await call('package_show', { id }))
  } catch (error) {
    useDraftStore.setState({ loading: false, failure: asFailure(error) })
  }
}

/** Re-reads the dataset after a change made elsewhere (resources), keeping unsaved edits. */
export async function reloadDataset(): Promise<void> {
  const { original } = useDraftStore.getState()
  if (!original) return
  try {
    const dataset = await call('package_show', { id: original.id })
    useDraftStore.setState({ original: dataset })
  } catch (error) {
    useDraftStore.setState({ failure: asFailure(error) })
  }
}

/** Puts a dataset the engine returned on screen as a clean draft. */
export function showDataset(dataset: Package): void {
  const draft = draftOf(dataset)
  useDraftStore.setState({ ...initialDraft, original: dataset, draft, baseline: draft, nameTouched: true })
}

/** Changes one field of the draft; a new dataset's name follows its title until edited. */
export function setField<K extends keyof DraftFields>(key: K, value: DraftFields[K]): void {
  useDraftStore.setState((s) => {
    const draft = { ...s.draft, [key]: value }
    let nameTouched = s.nameTouched
    if (key === 'name') nameTouched = true
    if (key === 'title' && !s.original && !s.nameTouched) draft.name = slugOf(String(value))
    return { draft, nameTouched }
  })
}

/** Throws the draft away, back to the engine's copy. */
export function discardChanges(): void {
  useDraftStore.setState((s) => ({ draft: s.baseline, errors: {}, failure: null }))
}

/**
 * Saves the draft: package_create for a new dataset, package_patch otherwise.
 * Resolves to the saved dataset, or null when the engine refused it (the
 * errors are then in the store, keyed by field).
 */
export async function saveDraft(): Promise<Package | null> {
  const { original, draft } = useDraftStore.getState()
  useDraftStore.setState({ saving: true })
  try {
    const payload = payloadOf(draft, original === null)
    const saved = original
      ? await call('package_patch', { ...payload, id: original.id })
      : await call('package_create', payload)
    showDataset(saved)
    return saved
  } catch (error) {
    const failure = asFailure(error)
    useDraftStore.setState({ saving: false, failure, errors: fieldErrors(failure) })
    return null
  }
}

/** Resets the store (tests). */
export function resetDraft(): void {
  useDraftStore.setState(initialDraft, true)
}
