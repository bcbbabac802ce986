/** Members and their roles: change a role, remove a member, add a user by name. */
import { useEffect, useId, useState } from 'react'
import type { Capacity, Group } from '../../../shared/actions.ts'
import { call } from '../../lib/call.ts'
import { messagesOf } from '../../components/Field.tsx'
import { removeMember, setMember, useGroupsStore, type GroupKind } from '../../stores/groups.ts'

/** The members table and the add form. */
export function MembersPanel({ kind, group }: { kind: GroupKind; group: Group }) {
  const users = group.users ?? []
  // CKAN's groups have no editor role (member_roles_list for group type omits it).
  const roles: Capacity[] = kind === 'organization' ? ['admin', 'editor', 'member'] : ['admin', 'member']
  return (
    <section className="members">
      <h2>Members</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-user={user.name}>
              <td>
                {user.display_name || user.name} {user.display_name && user.display_name !== user.name && <span className="muted">{user.name}</span>}
              </td>
              <td>
                <select
                  aria-label={`Role of ${user.name}`}
                  value={user.capacity}
                  onChange={(e) => void setMember(kind, group.id, user.name, e.target.value as Capacity)}
                >
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {role}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" className="subtle" onClick={() => void removeMember(kind, group.id, user.name)}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddMember kind={kind} groupId={group.id} roles={roles} />
    </section>
  )
}

function AddMember({ kind, groupId, roles }: { kind: GroupKind; groupId: string; roles: Capacity[] }) {
  const [username, setUsername] = useState('')
  const [role, setRole] = useState<Capacity>('member')
  const [suggestions, setSuggestions] = useState<string[]>([])
  // The engine names the field at fault ({"username": ["Not found: User"]}): say it by the box.
  const userErrors = messagesOf(useGroupsStore((s) => s.errors.username))
  const roleErrors = messagesOf(useGroupsStore((s) => s.errors.role))
  const errorId = useId()
  useEffect(() => {
    if (username.length < 2) return setSuggestions([])
    let live = true
    call('user_autocomplete', { q: username, limit: 8 })
      .then((list) => live && setSuggestions(list.map((u) => u.name)))
      .catch(() => live && setSuggestions([]))
    return () => {
      live = false
    }
  }, [username])
  return (
    <form
      className="add-member"
      onSubmit={async (event) => {
        event.preventDefault()
        if (username && (await setMember(kind, groupId, username.trim(), role))) setUsername('')
      }}
    >
      <label>
        User
        <input
          value={username}
          list="user-suggestions"
          onChange={(e) => setUsername(e.target.value)}
          placeholder="user name"
          aria-invalid={userErrors.length > 0}
          aria-describedby={userErrors.length ? errorId : undefined}
        />
      </label>
      <datalist id="user-suggestions">
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <label>
        Role
        <select value={role} onChange={(e) => setRole(e.target.value as Capacity)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Add member</button>
      {userErrors.length + roleErrors.length > 0 && (
        <ul className="field-error add-member-error" id={errorId} role="alert">
          {[...userErrors, ...roleErrors.map((m) => `Role: ${m}`)].map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </form>
  )
}
