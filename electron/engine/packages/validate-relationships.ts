/**
 * A dataset dict's relationships_as_subject and relationships_as_object, as
 * CKAN 2.10's package schema validates them (default_relationship_schema):
 * each dict needs one of the eight types; id and comment are optional text;
 * subject, object, state and any other key are not saved.
 */
import { allRelationshipTypes, typeNotKnownMessage } from '../relationships/types.ts'
import type { RelationshipDraft } from '../relationships/store.ts'
import { pythonJsonDumps } from '../validate/python-json.ts'
import { notEmptyRefuses } from '../validate/validators.ts'

/** The relationship lists a dict sent, each only when its key was present (CKAN saves only those). */
export type RelationshipLists = { subject?: RelationshipDraft[]; object?: RelationshipDraft[] }

/** Validates both lists; errors go to `errors` as one dict per element ({} for a valid one), as for resources. */
export function validateRelationshipLists(input: Record<string, unknown>, errors: Record<string, unknown>): RelationshipLists {
  const lists: RelationshipLists = {}
  for (const [key, side] of [['relationships_as_object', 'object'], ['relationships_as_subject', 'subject']] as const) {
    if (!(key in input)) continue
    const items = (input[key] as Record<string, unknown>[] | undefined) ?? [] // lists of dicts: checked by checkListsOfDicts
    const itemErrors: Record<string, string[]>[] = []
    lists[side] = items.map((item) => {
      const own: Record<string, string[]> = {}
      const draft = relationshipDraft(item, own)
      itemErrors.push(own)
      return draft
    })
    if (itemErrors.some((own) => Object.keys(own).length)) errors[key] = itemErrors
  }
  return lists
}

function relationshipDraft(item: Record<string, unknown>, errors: Record<string, string[]>): RelationshipDraft {
  const draft: RelationshipDraft = {}
  const id = optionalText(item.id)
  if (id !== undefined) draft.id = id
  if (notEmptyRefuses(item.type)) errors.type = ['Missing value']
  else if (!allRelationshipTypes.includes(item.type as string)) errors.type = [typeNotKnownMessage]
  else draft.type = item.type as string
  const comment = optionalText(item.comment)
  if (comment !== undefined) draft.comment = comment
  return draft
}

/** ignore_missing then unicode_safe: absent or null is left out, anything else becomes text. */
function optionalText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  return typeof value === 'string' ? value : pythonJsonDumps(value)
}
