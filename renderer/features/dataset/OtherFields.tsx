/**
 * Fields a portal sent that the form does not edit (scheming fields and the
 * like). Shown read-only so the user knows they are kept, untouched.
 */
import { formatTimestamp } from '../../components/format.ts'
import { useDraftStore } from '../../stores/draft.ts'
import { showValue } from '../../lib/diff.ts'
import { languageEntries, prettyJson } from '../../lib/field-values.ts'

/** Keys package_show always returns that are not user metadata, or that the form edits. */
const known = new Set([
  'id', 'name', 'title', 'type', 'state', 'private', 'owner_org', 'organization', 'creator_user_id',
  'metadata_created', 'metadata_modified', 'author', 'author_email', 'maintainer', 'maintainer_email',
  'notes', 'url', 'version', 'license_id', 'license_title', 'license_url', 'isopen', 'num_resources',
  'num_tags', 'resources', 'tags', 'groups', 'extras', 'relationships_as_subject', 'relationships_as_object',
])

/** Text longer than this starts folded, its beginning shown. */
const foldAt = 240

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
        <dd title={original.metadata_created}>{formatTimestamp(original.metadata_created)}</dd>
        <dt>Modified</dt>
        <dd title={original.metadata_modified}>{formatTimestamp(original.metadata_modified)}</dd>
        <dt>Id</dt>
        <dd className="mono">{original.id}</dd>
        {rest.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd data-key={key}>
              <FieldValue value={value} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

/** One value: a line per language for multilingual dicts, foldable text, structured values in full on demand. */
function FieldValue({ value }: { value: unknown }) {
  const languages = languageEntries(value)
  if (languages) {
    if (languages.every(([, text]) => text === '')) return <>—</>
    return (
      <ul className="language-values">
        {languages.map(([language, text]) => (
          <li key={language} lang={language.replace('_', '-')}>
            <span className="language-code">{language}</span> <LongText text={text || '—'} />
          </li>
        ))}
      </ul>
    )
  }
  if (value === null || value === undefined || value === '') return <>—</>
  if (typeof value === 'string') return <LongText text={value} />
  if (typeof value !== 'object') return <>{String(value)}</>
  const full = prettyJson(value)
  if (JSON.stringify(value).length <= 120) return <span className="mono">{JSON.stringify(value)}</span>
  return (
    <details className="folded">
      <summary>
        <span className="folded-preview mono">{showValue(value)}</span>
      </summary>
      <pre className="folded-full">{full}</pre>
    </details>
  )
}

/** Text in full, or its beginning with "show all" when long. */
function LongText({ text }: { text: string }) {
  if (text.length <= foldAt) return <span className="long-text">{text}</span>
  return (
    <details className="folded">
      <summary>
        <span className="folded-preview">{`${text.slice(0, 117)}…`}</span>
      </summary>
      <span className="long-text">{text}</span>
    </details>
  )
}
