/**
 * The editable form of a dataset, and the conversions between it and the
 * dicts package_show returns and package_create / package_patch take.
 */
import type { Extra, Package, PackageInput, Tag } from '../../shared/actions.ts'
import { isEqual } from './diff.ts'

/** The core text fields the editor shows, in order, with their labels. */
export const textFields = [
  ['title', 'Title'],
  ['name', 'URL name'],
  ['notes', 'Description'],
  ['url', 'Source'],
  ['version', 'Version'],
  ['author', 'Author'],
  ['author_email', 'Author email'],
  ['maintainer', 'Maintainer'],
  ['maintainer_email', 'Maintainer email'],
] as const

/** One of the editor's text fields. */
export type TextField = (typeof textFields)[number][0]

/** A dataset as the editor holds it: plain strings and lists, never null. */
export type DraftFields = Record<TextField, string> & {
  license_id: string
  owner_org: string
  private: boolean
  tags: string[]
  extras: Extra[]
  groups: string[]
}

/** An empty draft for a new dataset. */
export function emptyDraft(ownerOrg = ''): DraftFields {
  const text = Object.fromEntries(textFields.map(([key]) => [key, ''])) as Record<TextField, string>
  return { ...text, license_id: '', owner_org: ownerOrg, private: false, tags: [], extras: [], groups: [] }
}

/**
 * The draft for an existing dataset: text as strings ('' for null), tags and
 * groups as names, extras' values as text (non-strings as JSON). Saving
 * sends only what changed from this form, with untouched list entries as
 * loaded (patchPayload), so the lossy parts never travel back.
 */
export function draftOf(dataset: Package): DraftFields {
  const text = Object.fromEntries(textFields.map(([key]) => [key, stringOf(dataset[key])])) as Record<TextField, string>
  return {
    ...text,
    license_id: dataset.license_id ?? '',
    owner_org: dataset.owner_org ?? '',
    private: dataset.private === true,
    tags: (dataset.tags ?? []).map((tag) => tag.name),
    extras: (dataset.extras ?? []).map(({ key, value }) => ({ key, value: stringOf(value) })),
    groups: (dataset.groups ?? []).map((group) => group.name),
  }
}

/** What package_create takes for a new dataset's draft: empty fields left out (CKAN stores null for them). */
export function createPayload(draft: DraftFields): PackageInput {
  const payload: PackageInput = {}
  for (const [key] of textFields) {
    const value = textOf(draft, key)
    if (value !== '') payload[key] = value
  }
  if (draft.license_id) payload.license_id = draft.license_id
  if (draft.owner_org) payload.owner_org = draft.owner_org
  payload.private = draft.private
  payload.tags = draft.tags.map((name) => ({ name }))
  payload.extras = draft.extras.filter(isFilled)
  payload.groups = draft.groups.map((name) => ({ name }))
  return payload
}

/**
 * What package_patch takes for an existing dataset: only the fields the user
 * changed (draft against baseline), so a field someone else changed since is
 * left as they left it, and an untouched null stays null. A cleared field is
 * sent as '' so it is cleared.
 *
 * Mirrors CKAN's package_patch: a list sent replaces the stored one
 * wholesale, so a changed list is sent whole, each entry the user did not
 * touch exactly as `loaded` had it (a tag's vocabulary_id, an extra's
 * non-string value and its other keys).
 */
export function patchPayload(draft: DraftFields, baseline: DraftFields, loaded: Package): PackageInput {
  const payload: PackageInput = {}
  for (const field of changedFields(draft, baseline)) {
    if (field === 'tags') payload.tags = tagsAsLoaded(draft.tags, loaded.tags ?? [])
    else if (field === 'extras') payload.extras = extrasAsLoaded(draft.extras, loaded.extras ?? [])
    else if (field === 'groups') payload.groups = draft.groups.map((name) => ({ name }))
    else if (field === 'private') payload.private = draft.private
    else if (field === 'license_id' || field === 'owner_org') payload[field] = draft[field]
    else payload[field] = textOf(draft, field)
  }
  return payload
}

/** One field of the editor. */
export type DraftField = keyof DraftFields

/** Every field the editor edits, in form order. */
export const draftFieldNames: DraftField[] = [
  ...textFields.map(([key]) => key),
  'license_id',
  'owner_org',
  'private',
  'tags',
  'extras',
  'groups',
]

/** The fields whose draft value differs from the baseline. */
export function changedFields(draft: DraftFields, baseline: DraftFields): DraftField[] {
  return draftFieldNames.filter((field) => !isEqual(draft[field], baseline[field]))
}

/** Tag names as tag dicts: each name met in `loaded` is that dict, as loaded (vocabulary_id kept). */
function tagsAsLoaded(names: string[], loaded: Tag[]): PackageInput['tags'] {
  const unused = [...loaded]
  return names.map((name) => {
    const index = unused.findIndex((tag) => tag.name === name)
    return index < 0 ? { name } : unused.splice(index, 1)[0]!
  })
}

/** Extras rows to send: a row the user left as it was shown is the loaded extra (its value's JSON type kept). */
function extrasAsLoaded(rows: Extra[], loaded: Extra[]): Extra[] {
  const unused = [...loaded]
  return rows.filter(isFilled).map((row) => {
    const index = unused.findIndex((extra) => extra.key === row.key && stringOf(extra.value) === row.value)
    return index < 0 ? row : unused.splice(index, 1)[0]!
  })
}

/** A text field as sent: trimmed, but the notes verbatim (Markdown whitespace matters). */
function textOf(draft: DraftFields, key: TextField): string {
  if (draft[key].trim() === '') return ''
  return key === 'notes' ? draft[key] : draft[key].trim()
}

function isFilled(extra: Extra): boolean {
  return extra.key !== '' || extra.value !== ''
}

/** A URL name derived from a title, as CKAN's form suggests it. */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
}

/** Comma- or newline-separated tag text as a list of tag names. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,\n]/).map((tag) => tag.trim()).filter(Boolean))]
}

function stringOf(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}
