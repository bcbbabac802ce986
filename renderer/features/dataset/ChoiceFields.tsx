/** Organization, visibility, license and groups: the fields chosen from lists. */
import { Field } from '../../components/Field.tsx'
import { setField, useDraftStore } from '../../stores/draft.ts'
import { useReferenceStore } from '../../stores/reference.ts'

/** The pickers, fed by license_list, organization_list_for_user and group_list. */
export function ChoiceFields() {
  const draft = useDraftStore((s) => s.draft)
  const errors = useDraftStore((s) => s.errors)
  const original = useDraftStore((s) => s.original)
  const { licenses, organizations, groups } = useReferenceStore()
  const knownLicense = draft.license_id === '' || licenses.some((l) => l.id === draft.license_id)
  const knownOrg = draft.owner_org === '' || organizations.some((o) => o.id === draft.owner_org || o.name === draft.owner_org)
  return (
    <>
      <Field label="Organization" name="owner_org" error={errors.owner_org}>
        {(props) => (
          <select {...props} value={draft.owner_org} onChange={(e) => setField('owner_org', e.target.value)}>
            <option value="">— None —</option>
            {!knownOrg && <option value={draft.owner_org}>{original?.organization?.title || draft.owner_org}</option>}
            {organizations.map((org) => (
              <option key={org.id} value={org.id}>
                {org.title || org.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Visibility" name="private" error={errors.private}>
        {(props) => (
          <select {...props} value={draft.private ? 'private' : 'public'} onChange={(e) => setField('private', e.target.value === 'private')}>
            <option value="public">Public</option>
            <option value="private">Private (organization members only)</option>
          </select>
        )}
      </Field>
      <Field label="License" name="license_id" error={errors.license_id}>
        {(props) => (
          <select {...props} value={draft.license_id} onChange={(e) => setField('license_id', e.target.value)}>
            <option value="">— Not set —</option>
            {!knownLicense && <option value={draft.license_id}>{draft.license_id}</option>}
            {licenses.map((license) => (
              <option key={license.id} value={license.id}>
                {license.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(groups.length > 0 || draft.groups.length > 0) && (
        <fieldset className="field groups" data-field="groups">
          <legend>Groups</legend>
          {groups.map((group) => (
            <label key={group.id} className="check">
              <input
                type="checkbox"
                checked={draft.groups.includes(group.name)}
                onChange={(e) =>
                  setField('groups', e.target.checked ? [...draft.groups, group.name] : draft.groups.filter((g) => g !== group.name))
                }
              />
              {group.title || group.name}
            </label>
          ))}
        </fieldset>
      )}
    </>
  )
}
