/** CKAN's package_relationship_update: replace the comment of an existing relationship. */
import { anyone, defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { activeRelationships, relationshipDict, setComment } from '../../relationships/store.ts'
import { commentOf, findEnds, requireChangeRelationship } from './relationship-steps.ts'

export const package_relationship_update = defineAction('package_relationship_update', {
  // CKAN finds both datasets before its auth check, and the relationship after it: all in run.
  auth: anyone,
  help: `Change the comment of a relationship between two datasets.

The subject, object and type name the relationship (in either wording:
"B child_of A" also finds "A parent_of B"); only its comment changes, and
a comment left out becomes "". The caller must be allowed to edit both
datasets. Nothing is written to the activity stream.

:param subject: id or name of one dataset
:type subject: string
:param object: id or name of the other dataset
:type object: string
:param type: the relationship's type, as seen from the subject
:type type: string
:param comment: the new comment (optional, default: "")
:type comment: string

:returns: the relationship as stored: subject, type, object (dataset
    names) and comment
:rtype: dictionary`,
  run(ctx, params) {
    const ends = findEnds(ctx, params)
    // CKAN's default_update_relationship_schema ignores what could fail here: nothing to validate.
    requireChangeRelationship(ctx, 'package_relationship_update', ends)
    const [existing] = activeRelationships(ctx.db, ends.subject.id, ends.object.id, params.type)
    if (!existing) notFound('This relationship between the packages was not found.')
    return relationshipDict(ctx.db, setComment(ctx.db, existing, commentOf(params)), existing.subject_package_id)
  },
})
