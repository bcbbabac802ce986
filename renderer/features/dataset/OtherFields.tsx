/**
 * Fields a portal sent that the form does not edit (scheming fields and the
 * like). Shown read-only so the user knows they are kept, untouched.
 */
import { useDraftStore } from '../../stores/draft.ts'
import { showValue } from '../../lib/diff.ts'

/** Keys package_show always returns that are not user metadata, or that the form edits. */
const known = new Set([
  'id', 'name', 'title', 'type', 'state', 'private', 'owner_org', 'organization', 'creator_user_id',
  'metadata_created', 'metadata_modified', 'author', 'author_email', 'maintainer', 'maintainer_email',
  'notes', 'url', 'version', 'license_id', 'license_title', 'license_url', 'isopen', 'num_resources',
  'num_tags', 'resources', 'tags', 'groups', 'extras', 'relationships_as_subject', 'relationships_as_object',
])

/** The read-only list, or nothing. */
export function OtherFields() {
  const original = useDraftStore((s) => s.original)
  if (!original) return null
  const rest = Object.entries(original).filter(([key]) => !known.has(key))
  return (
    <section className="other-fields">
      <h3>Record</h3>
      <dl>
        <dt>Created</dt>
        <dd>{original.metadata_created}</dd>
        <dt>Modified</dt>
        <dd>{original.metadata_modified}</dd>
        <dt>Id</dt>
        <dd className="mono">{original.id}</dd>
        {rest.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{showValue(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
