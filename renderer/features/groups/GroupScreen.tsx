/** One organization or group: its details (editable), its datasets in the catalog, its members. */
import { useEffect, useState } from 'react'
import type { ActionFailure } from '../../../shared/envelope.ts'
import { FailureBanner } from '../../components/Failure.tsx'
import { fieldErrors } from '../../lib/call.ts'
import { NotesView } from '../dataset/NotesView.tsx'
import { toggleFacet, clearFilters } from '../../stores/catalog.ts'
import { loadGroup, useGroupsStore, type GroupKind } from '../../stores/groups.ts'
import { navigate } from '../../stores/route.ts'
import { GroupForm } from './GroupForm.tsx'
import { MembersPanel } from './MembersPanel.tsx'

/** Fields whose messages a form on this screen shows under the field itself. */
const memberFields = ['username', 'role']
const detailFields = ['title', 'name', 'description', 'image_url']

/** The screen for one organization or group. */
export function GroupScreen({ kind, id }: { kind: GroupKind; id: string }) {
  const group = useGroupsStore((s) => s.current)
  const failure = useGroupsStore((s) => s.failure)
  const loading = useGroupsStore((s) => s.loading)
  const [editing, setEditing] = useState(false)
  useEffect(() => void loadGroup(kind, id), [kind, id])
  if (loading && !group) return <div className="splash">Loading…</div>
  if (!group) return <FailureBanner failure={failure} prefix={`Could not open this ${kind}`} />
  const showDatasets = async () => {
    await clearFilters()
    await toggleFacet(kind === 'organization' ? 'organization' : 'groups', group.name)
    navigate('/')
  }
  return (
    <div className="group-screen">
      <header className="screen-header">
        <div>
          <a href={`#/${kind === 'organization' ? 'organizations' : 'groups'}`} className="back">
            ← {kind === 'organization' ? 'Organizations' : 'Groups'}
          </a>
          <h1>{group.title || group.name}</h1>
          <div className="subtitle">{group.name}</div>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => void showDatasets()}>
            Show its {(group.package_count ?? 0).toLocaleString()} {group.package_count === 1 ? 'dataset' : 'datasets'}
          </button>
          <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>
            Edit details
          </button>
        </div>
      </header>
      <FailureBanner failure={isShownByField(failure, editing) ? null : failure} />
      {editing ? (
        <GroupForm kind={kind} group={group} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      ) : (
        <NotesView notes={group.description} />
      )}
      <MembersPanel kind={kind} group={group} />
    </div>
  )
}

/** True when every message of a validation failure is shown under its field, so a banner would only repeat it. */
function isShownByField(failure: ActionFailure | null, editing: boolean): boolean {
  const fields = Object.keys(fieldErrors(failure))
  const shown = editing ? [...memberFields, ...detailFields] : memberFields
  return fields.length > 0 && fields.every((field) => shown.includes(field))
}
