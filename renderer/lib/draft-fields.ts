/**
 * The editable form of a dataset, and the conversions between it and the
 * dicts package_show returns and package_create / package_patch take.
 */
import type { Extra, Package, PackageInput } from '../../shared/actions.ts'

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

/** The draft for an existing dataset. */
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

/**
 * What to send for a draft. New datasets omit empty fields (CKAN stores
 * null for them); existing ones send '' so a cleared field is cleared.
 * Resources are left out: package_patch keeps them, resource actions own them.
 */
export function payloadOf(draft: DraftFields, isNew: boolean): PackageInput {
  const payload: PackageInput = {}
  for (const [key] of textFields) {
    const value = draft[key].trim() === '' ? '' : key === 'notes' ? draft[key] : draft[key].trim()
    if (value !== '' || !isNew) payload[key] = value
  }
  if (draft.license_id || !isNew) payload.license_id = draft.license_id
  if (draft.owner_org) payload.owner_org = draft.owner_org
  payload.private = draft.private
  payload.tags = draft.tags.map((name) => ({ name }))
  payload.extras = draft.extras.filter((extra) => extra.key !== '' || extra.value !== '')
  payload.groups = draft.groups.map((name) => ({ name }))
  return payload
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
