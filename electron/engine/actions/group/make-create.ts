/**
 * organization_create and group_create share CKAN's _group_or_org_create:
 * validate, save, make the creator an admin, record "new …", return the show dict.
 */
import { callerName, type Context } from '../../context.ts'
import type { ActionDefinition } from '../../define-action.ts'
import { requireUser } from '../../auth/roles.ts'
import { invalid, NotAuthorized } from '../../errors.ts'
import { recordGroupActivity } from '../../groups/activity.ts'
import { validateGroupForm } from '../../groups/form.ts'
import { upsertMember } from '../../groups/members.ts'
import { createGroup } from '../../groups/save.ts'
import { showGroup } from '../../groups/show.ts'

/** The definition of organization_create (isOrg) or group_create. */
export function makeCreate(isOrg: boolean, help: string): Omit<ActionDefinition, 'name'> {
  const action = isOrg ? 'organization_create' : 'group_create'
  return {
    help,
    auth(ctx: Context) {
      requireUser(ctx, action)
      const allowed = isOrg ? ctx.config.userCreateOrganizations : ctx.config.userCreateGroups
      if (!allowed && ctx.user?.sysadmin !== 1) {
        throw new NotAuthorized(`User ${callerName(ctx)} not authorized to create ${isOrg ? 'organizations' : 'groups'}`)
      }
    },
    run(ctx, params) {
      // CKAN raises a bare exception (a 500) here; a validation error says the same without crashing.
      if (!isOrg && params.type === 'organization') invalid('type', 'Trying to create an organization as a group')
      const form = validateGroupForm(ctx, params)
      const row = createGroup(ctx, form, isOrg)
      // Mirrors CKAN: the creator becomes an admin, whatever `users` said about them.
      if (ctx.user) upsertMember(ctx.db, row.id, 'user', ctx.user.id, 'admin')
      recordGroupActivity(ctx, row, 'new')
      return showGroup(ctx, row, {})
    },
  }
}

/** The help lines of the plain fields both create actions take, worded for the kind. */
export function fieldsHelp(kind: 'group' | 'organization'): string {
  return `:param name: unique identifier, in one namespace shared by groups and organizations: 2 to 100 characters of lowercase ASCII letters, digits, \`\`-\`\` and \`\`_\`\`
:type name: string
:param title: human-readable label (optional)
:type title: string
:param description: free text about the ${kind} (optional)
:type description: string
:param image_url: address of a picture for the ${kind} (optional)
:type image_url: string
`
}

/** group_create's help lines for its datasets. */
export const datasetsHelp = `:param packages: datasets to put in the group, each \`\`{"id": ...}\`\` holding a dataset's id or name (optional)
:type packages: list of dicts
`

/** The help lines both create actions share: extras, the member lists (`datasets` between users and groups) and the sysadmin-only fields. */
export function membersHelp(datasets = ''): string {
  return `:param extras: arbitrary key/value pairs, each \`\`{"key": ..., "value": ...}\`\`; a key may not repeat a standard field (optional)
:type extras: list of dicts
:param users: users to enrol, each \`\`{"name": ..., "capacity": ...}\`\`; names that match no user are skipped (optional)
:type users: list of dicts
${datasets}:param groups: groups to link into this one, each \`\`{"name": ..., "capacity": ...}\`\` (optional)
:type groups: list of dicts
:param id: a chosen id, honoured only for sysadmins (optional)
:type id: string
:param state: the starting state, honoured only for sysadmins; everyone else gets \`\`"active"\`\` (optional)
:type state: string
`
}
