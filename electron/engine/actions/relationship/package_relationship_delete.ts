/** CKAN's package_relationship_delete: mark a relationship between two datasets deleted. */
import { requireUser } from '../../auth/roles.ts'
import { callerName } from '../../context.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { NotAuthorized, notFound } from '../../errors.ts'
import { activeRelationships, deleteRelationship } from '../../relationships/store.ts'
import { findEnds, mayEditBoth } from './relationship-steps.ts'

export const package_relationship_delete = defineAction('package_relationship_delete', {
  // CKAN finds the datasets and the relationship before its auth check: all in run.
  auth: anyone,
  help: `Remove a relationship between two datasets.

The subject, object and type name the relationship, in either wording.
It is marked deleted rather than erased: it no longer shows in
package_show or package_relationships_list, and creating it again brings
it back. The caller must be allowed to edit both datasets. Nothing is
written to the activity stream.

:param subject: id or name of one dataset
:type subject: string
:param object: id or name of the other dataset
:type object: string
:param type: the relationship's type, as seen from the subject
:type type: string

:returns: null`,
  run(ctx, params) {
    const ends = findEnds(ctx, params)
    const [existing] = activeRelationships(ctx.db, ends.subject.id, ends.object.id, params.type)
    if (!existing) notFound()
    requireUser(ctx, 'package_relationship_delete')
    if (!mayEditBoth(ctx, ends)) throw new NotAuthorized(`User ${callerName(ctx)} not authorized to delete relationship ${existing.id}`)
    deleteRelationship(ctx.db, existing)
    return null
  },
})
