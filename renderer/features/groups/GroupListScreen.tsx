/** All organizations (or groups), with dataset counts, and a form to create one. */
import { useEffect, useRef, useState } from 'react'
import { FailureBanner } from '../../components/Failure.tsx'
import { loadGroupList, useGroupsStore, type GroupKind } from '../../stores/groups.ts'
import { navigate } from '../../stores/route.ts'
import { GroupForm } from './GroupForm.tsx'

/** The list screen for one kind. */
export function GroupListScreen({ kind }: { kind: GroupKind }) {
  const list = useGroupsStore((s) => s.lists[kind])
  const failure = useGroupsStore((s) => s.failure)
  const [creating, setCreating] = useState(false)
  const newButton = useRef<HTMLButtonElement>(null)
  useEffect(() => void loadGroupList(kind), [kind])
  const noun = kind === 'organization' ? 'organization' : 'group'
  return (
    <div className="group-list-screen">
      <header className="screen-header">
        <h1>{kind === 'organization' ? 'Organizations' : 'Groups'}</h1>
        <button ref={newButton} type="button" className="primary" onClick={() => setCreating(!creating)} aria-expanded={creating}>
          New {noun}
        </button>
      </header>
      <FailureBanner failure={failure} />
      {creating && (
        <GroupForm
          kind={kind}
          group={null}
          onSaved={(group) => {
            setCreating(false)
            navigate(`/${kind}/${group.name}`)
          }}
          onCancel={() => {
            setCreating(false)
            newButton.current?.focus() // Cancel or Escape: the keyboard stays where the form was opened
          }}
        />
      )}
      {list.length === 0 ? (
        <p className="empty-state">No {noun}s yet.</p>
      ) : (
        <ul className="card-list">
          {list.map((group) => (
            <li key={group.id}>
              <a href={`#/${kind}/${encodeURIComponent(group.name)}`} className="card">
                <span className="card-title">{group.title || group.name}</span>
                <span className="muted">{group.name}</span>
                <span className="card-count">
                  {(group.package_count ?? 0).toLocaleString()} {group.package_count === 1 ? 'dataset' : 'datasets'}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
