/** CKAN's package_relationship_create: relate two datasets, or re-comment a relationship they already have. */
import { anyone, defineAction } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'
import { isFalsy } from '../../packages/field-values.ts'
import { notEmptyRefuses } from '../../validate/validators.ts'
import { activeRelationships, addRelationship, relationshipDict, setComment } from '../../relationships/store.ts'
import { allRelationshipTypes, typeNotKnownMessage } from '../../relationships/types.ts'
import { commentOf, findEnds, requireChangeRelationship } from './relationship-steps.ts'

export const package_relationship_create = defineAction('package_relationship_create', {
  // CKAN finds both datasets and validates before its auth check: all in run.
  auth: anyone,
  help: `Record that one dataset relates to another, e.g. that it depends on it.

Both datasets must exist (any state) and the caller must be allowed to
edit both. A relationship is kept in one direction only: "A parent_of B"
is stored, and returned, as "B child_of A". When the two datasets already
have this relationship (in either wording), only its comment is replaced;
a deleted one of the same wording comes back. Nothing is written to the
activity stream and neither dataset's metadata_modified changes.

:param subject: id or name of the dataset the relationship is about
:type subject: string
:param object: id or name of the other dataset
:type object: string
:param type: one of depends_on, dependency_of, derives_from,
    has_derivation, links_to, linked_from, child_of, parent_of
:type type: string
:param comment: a note about the relationship (optional, default: "")
:type comment: string

:returns: the relationship as stored: subject, type, object (dataset
    names) and comment
:rtype: dictionary`,
  run(ctx, params) {
    const ends = findEnds(ctx, params)
    validateCreate(params)
    requireChangeRelationship(ctx, 'package_relationship_create', ends)
    const type = params.type as string
    const comment = commentOf(params)
    const [existing] = activeRelationships(ctx.db, ends.subject.id, ends.object.id, type)
    if (existing) return relationshipDict(ctx.db, setComment(ctx.db, existing, comment), existing.subject_package_id)
    return relationshipDict(ctx.db, addRelationship(ctx.db, ends.subject.id, type, ends.object.id, comment))
  },
})

/**
 * CKAN's default_create_relationship_schema, where it can fail once both
 * datasets were found: `id` must not be given (empty), `type` must be one of
 * the eight (not_empty, one_of).
 */
function validateCreate(params: Record<string, unknown>): void {
  const errors: Record<string, string[]> = {}
  if (!isFalsy(params.id)) errors.id = ['The input field id was not expected.']
  if (notEmptyRefuses(params.type)) errors.type = ['Missing value']
  else if (!allRelationshipTypes.includes(params.type as string)) errors.type = [typeNotKnownMessage]
  if (Object.keys(errors).length) throw new ValidationError(errors)
}
