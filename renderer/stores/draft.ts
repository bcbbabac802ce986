/**
 * The dataset being viewed or edited: the engine's copy (server state) and
 * the user's draft of it (UI state), with the engine's validation errors.
 *
 * After a save the draft is rebuilt from what the engine returned: the
 * engine is the truth (STYLE.md). A save sends only the fields the user
 * changed, and first checks that no one else changed them since the
 * dataset was opened (another window, the HTTP API, a sync pull).
 */
import { create } from 'zustand'
import type { Package } from '../../shared/actions.ts'
import { ActionFailure } from '../../shared/envelope.ts'
import { asFailure, call, fieldErrors } from '../lib/call.ts'
import { isEqual } from '../lib/diff.ts'
import { editorFieldsDiffer, fieldsChangedBetween, rebaseDraft } from '../lib/draft-conflicts.ts'
import { changedFields, createPayload, draftOf, emptyDraft, patchPayload, slugOf, type DraftField, type DraftFields } from '../lib/draft-fields.ts'

/**
 * The dataset changed elsewhere since it was opened, in fields the user
 * changed too: the save waits for the user's say. `current` is the dataset
 * as it is now; `reloaded` turns true once the draft was carried onto it.
 */
export type SaveConflict = { fields: DraftField[]; current: Package; theirs: DraftFields; reloaded: boolean }

type DraftState = {
  /** The dataset as the engine last returned it; null for a new dataset. */
  original: Package | null
  /** The dataset the baseline was made from (what a save compares with); null for a new dataset. */
  loaded: Package | null
  draft: DraftFields
  /** The draft the editor started from, to tell whether anything changed. */
  baseline: DraftFields
  /** Field → messages from the engine's last Validation Error. */
  errors: Record<string, unknown>
  /** Why the dataset could not be opened (or re-read). */
  failure: ActionFailure | null
  /** Why the last save failed, when not for invalid fields (unreachable server, 403, 404, 500). */
  saveFailure: ActionFailure | null
  /** Fields changed both here and elsewhere, found by the last save. */
  conflict: SaveConflict | null
  /** The last save kept changes made elsewhere to other fields. */
  keptOtherChanges: boolean
  loading: boolean
  saving: boolean
  /** The URL name follows the title until the user edits it (new datasets). */
  nameTouched: boolean
}

/** The store's starting state (tests reset to it). */
export const initialDraft: DraftState = {
  original: null,
  loaded: null,
  draft: emptyDraft(),
  baseline: emptyDraft(),
  errors: {},
  failure: null,
  saveFailure: null,
  conflict: null,
  keptOtherChanges: false,
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

/**
 * Re-reads the dataset after a change made elsewhere (resources), keeping
 * unsaved edits. When the fields the editor edits are as loaded, the re-read
 * copy becomes what a save compares with; otherwise someone changed them
 * and the next save must notice.
 */
export async function reloadDataset(): Promise<void> {
  const { original } = useDraftStore.getState()
  if (!original) return
  try {
    const dataset = await call('package_show', { id: original.id })
    useDraftStore.setState((s) => ({
      original: dataset,
      loaded: s.loaded && !editorFieldsDiffer(s.loaded, dataset) ? dataset : s.loaded,
    }))
  } catch (error) {
    useDraftStore.setState({ failure: asFailure(error) })
  }
}

/** Puts a dataset the engine returned on screen as a clean draft. */
export function showDataset(dataset: Package): void {
  const draft = draftOf(dataset)
  useDraftStore.setState({ ...initialDraft, original: dataset, loaded: dataset, draft, baseline: draft, nameTouched: true })
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
  useDraftStore.setState((s) => ({ draft: s.baseline, errors: {}, failure: null, saveFailure: null, conflict: null }))
}

/**
 * Saves the draft: package_create for a new dataset, package_patch of the
 * changed fields otherwise. Resolves to the saved dataset, or null when it
 * was not saved: the engine refused it (errors by field in the store), the
 * call failed (saveFailure), or the fields the user changed were changed
 * elsewhere too (conflict; `overwrite` saves over them).
 */
export async function saveDraft({ overwrite = false }: { overwrite?: boolean } = {}): Promise<Package | null> {
  const { loaded, draft, baseline } = useDraftStore.getState()
  useDraftStore.setState({ saving: true, saveFailure: null, conflict: null })
  try {
    if (!loaded) {
      const created = await call('package_create', createPayload(draft))
      showDataset(created)
      return created
    }
    const changed = changedFields(draft, baseline)
    // The engine's copy now: a guard against undoing another writer's change.
    const current = await call('package_show', { id: loaded.id })
    const changedElsewhere = current.metadata_modified !== loaded.metadata_modified && editorFieldsDiffer(loaded, current)
    const overlap = changedElsewhere ? fieldsChangedBetween(changed, loaded, current) : []
    if (overlap.length > 0 && !overwrite) {
      useDraftStore.setState({ saving: false, conflict: { fields: overlap, current, theirs: draftOf(current), reloaded: false } })
      return null
    }
    const saved = changed.length > 0 ? await call('package_patch', { ...patchPayload(draft, baseline, loaded), id: loaded.id }) : current
    showDataset(saved)
    useDraftStore.setState({ keptOtherChanges: changedElsewhere && overlap.length === 0 })
    return saved
  } catch (error) {
    const failure = error instanceof ActionFailure ? error : unreachable(error)
    const isValidation = failure.error.__type === 'Validation Error'
    useDraftStore.setState({ saving: false, errors: fieldErrors(failure), saveFailure: isValidation ? null : failure })
    return null
  }
}

/**
 * After a conflict: shows the dataset as it is now with the user's edits
 * carried over (nothing typed is lost); the conflict stays listed, with the
 * other side's values, until the next save.
 */
export function reloadKeepingEdits(): void {
  const { conflict, draft, baseline } = useDraftStore.getState()
  if (!conflict) return
  const { current } = conflict
  const fresh = draftOf(current)
  useDraftStore.setState({
    original: current,
    loaded: current,
    baseline: fresh,
    draft: rebaseDraft(draft, baseline, current),
    errors: {},
    failure: null,
    saveFailure: null,
    conflict: { ...conflict, reloaded: true },
  })
}

/** Closes the conflict notice, leaving the draft as it is. */
export function dismissConflict(): void {
  useDraftStore.setState({ conflict: null })
}

/** A call that got no answer (the transport rejects only when the door is unreachable). */
function unreachable(error: unknown): ActionFailure {
  const detail = error instanceof Error ? error.message : String(error)
  return new ActionFailure({ __type: 'Internal Server Error', message: `The server could not be reached (${detail}).` })
}

/** Resets the store (tests). */
export function resetDraft(): void {
  useDraftStore.setState(initialDraft, true)
}
