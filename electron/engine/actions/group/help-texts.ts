/**
 * help_show texts of the organization and group actions. Each pair of
 * actions says the same about its own kind, so each text is written once and
 * worded for the kind; where the two kinds behave differently the text says
 * so for that kind only.
 */

export type GroupKind = 'group' | 'organization'

/** The words a text uses for its kind: "group", "a group", and the other kind. */
function wordsFor(kind: GroupKind): { noun: GroupKind; a: string; other: GroupKind } {
  return { noun: kind, a: article(kind), other: kind === 'group' ? 'organization' : 'group' }
}

function article(kind: GroupKind): string {
  return kind === 'group' ? 'a group' : 'an organization'
}

export function kindOf(isOrg: boolean): GroupKind {
  return isOrg ? 'organization' : 'group'
}

/** The `id` parameter's lines, for actions that name one group or organization. */
function idParam(noun: string, suffix = ''): string {
  return `:param id: id or name of the ${noun}${suffix}
:type id: string`
}

export function createHelp(kind: GroupKind): string {
  const { noun, a } = wordsFor(kind)
  const typeLine =
    kind === 'group'
      ? `:param type: the group's type (optional, default \`\`"group"\`\`; \`\`"organization"\`\` is refused, use organization_create)`
      : `:param type: the organization's type (optional, default \`\`"organization"\`\`)`
  const datasets =
    kind === 'group'
      ? `:param packages: datasets to put in the group, each \`\`{"id": ...}\`\` holding a dataset's id or name (optional)
:type packages: list of dicts
`
      : ''
  return `Add ${a} to the site; the caller becomes one of its admins.

Any logged-in user may do this while ckan.auth.user_create_${noun}s is on (the default); otherwise only sysadmins can. Top-level keys that are not standard ${noun} fields are stored as custom fields and returned as sent.

:param name: unique identifier, in one namespace shared by groups and organizations: 2 to 100 characters of lowercase ASCII letters, digits, \`\`-\`\` and \`\`_\`\`
:type name: string
:param title: human-readable label (optional)
:type title: string
:param description: free text about the ${noun} (optional)
:type description: string
:param image_url: address of a picture for the ${noun} (optional)
:type image_url: string
:param image_upload: a PNG, GIF or JPEG file instead (multipart, at most ckan.max_image_size MB); image_url becomes its stored name, served under /uploads/group/, and an uploaded picture stays until another comes or \`\`clear_upload\`\` removes it (optional)
:type image_upload: file
${typeLine}
:type type: string
:param extras: arbitrary key/value pairs, each \`\`{"key": ..., "value": ...}\`\`; a key may not repeat a standard field (optional)
:type extras: list of dicts
:param users: users to enrol, each \`\`{"name": ..., "capacity": ...}\`\`; names that match no user are skipped (optional)
:type users: list of dicts
${datasets}:param groups: groups to link into this one, each \`\`{"name": ..., "capacity": ...}\`\` (optional)
:type groups: list of dicts
:param id: a chosen id, honoured only for sysadmins (optional)
:type id: string
:param state: the starting state, honoured only for sysadmins; everyone else gets \`\`"active"\`\` (optional)
:type state: string

:returns: the new ${noun}, shaped as ${noun}_show returns it
:rtype: dictionary`
}

export function showHelp(kind: GroupKind): string {
  const { noun, other } = wordsFor(kind)
  return `Fetch one ${noun} by id or name, with optional extra sections.

Any active ${noun} can be read by anyone. A deleted one can be read only by its members and sysadmins, and so can the member list when ckan.auth.public_user_details is off. An id that names ${article(other)} is answered with Not Found (${other}_show reads those). \`\`num_followers\`\` counts its followers (\`\`0\`\` when include_followers is false).

${idParam(noun)}
:param include_datasets: add \`\`packages\`\`: the first 10 of its datasets that the caller can see, most recently modified first (optional, default \`\`False\`\`)
:type include_datasets: bool
:param include_dataset_count: add \`\`package_count\`\`, counting the datasets the caller can see (optional, default \`\`True\`\`)
:type include_dataset_count: bool
:param include_extras: add the \`\`extras\`\` list (optional, default \`\`True\`\`)
:type include_extras: bool
:param include_users: add \`\`users\`\`, the member accounts with their capacities (optional, default: the value of ckan.auth.public_user_details)
:type include_users: bool
:param include_groups: add \`\`groups\`\`, the groups linked into this one (optional, default \`\`True\`\`)
:type include_groups: bool
:param include_tags: add \`\`tags\`\`, which is always an empty list here (optional, default \`\`True\`\`)
:type include_tags: bool

:returns: the ${noun}'s own fields plus the sections asked for
:rtype: dictionary`
}

export function listHelp(kind: GroupKind): string {
  const { noun } = wordsFor(kind)
  return `List the site's active ${noun}s, as names or as full dicts.

Anyone may call this. By default the answer is a list of names. With \`\`all_fields\`\` each entry is built as ${noun}_show builds it, except that extras, tags, users and linked groups are left out unless their include_* flag is set.

:param type: which ${noun} type to list (optional, default \`\`"${noun}"\`\`)
:type type: string
:param ${noun}s: restrict the answer to these names; a list, or one comma-separated string (optional)
:type ${noun}s: list of strings
:param q: keep only ${noun}s whose name, title or description contains this text, ignoring case (optional)
:type q: string
:param sort: one field, \`\`name\`\`, \`\`title\`\` or \`\`package_count\`\`, optionally followed by \`\`asc\`\` or \`\`desc\`\`; a bare \`\`package_count\`\` puts the largest first. \`\`order_by\`\` is read when \`\`sort\`\` is absent (optional, default \`\`"title asc"\`\`)
:type sort: string
:param limit: page size; \`\`1000\`\` for names and \`\`25\`\` with all_fields are both the default and the most allowed (optional)
:type limit: int
:param offset: how many ${noun}s to skip (optional, default \`\`0\`\`)
:type offset: int
:param all_fields: answer with dicts instead of names (optional, default \`\`False\`\`)
:type all_fields: bool
:param include_dataset_count: with all_fields, add \`\`package_count\`\` (optional, default \`\`True\`\`)
:type include_dataset_count: bool
:param include_extras: with all_fields, add \`\`extras\`\` (optional, default \`\`False\`\`)
:type include_extras: bool
:param include_tags: with all_fields, add \`\`tags\`\` (optional, default \`\`False\`\`)
:type include_tags: bool
:param include_groups: with all_fields, add the linked \`\`groups\`\` (optional, default \`\`False\`\`)
:type include_groups: bool
:param include_users: with all_fields, add \`\`users\`\` (optional, default \`\`False\`\`)
:type include_users: bool

:returns: names, or ${noun} dicts when all_fields is set
:rtype: list`
}

/** update (`partial` false) or patch. */
export function updateHelp(kind: GroupKind, partial: boolean): string {
  const { noun, a } = wordsFor(kind)
  if (partial) {
    return `Change only the fields sent on ${a}; everything else stays.

Same permission as ${noun}_update: the ${noun}'s admins and sysadmins. Member lists that are not sent are left untouched, while a list that is sent replaces the current one. Custom fields sent are merged into the stored ones.

${idParam(noun, ' to change')}

Any parameter of ${noun}_create may be sent as well.

:returns: the ${noun} as now stored, in the same shape as ${noun}_update's answer
:rtype: dictionary`
  }
  const datasets = kind === 'group' ? ` Leaving out \`\`packages\`\` keeps the group's datasets as they are.` : ''
  return `Rewrite ${a} from the fields sent; member lists left out are emptied.

Only the ${noun}'s admins and sysadmins may do this. Plain fields that are not sent (title, description, image_url and so on) keep their stored values, but leaving out \`\`users\`\` removes every member, admins included, and leaving out \`\`groups\`\` unlinks every linked group, so send the complete lists to keep them.${datasets} A non-empty \`\`extras\`\` list replaces the stored extras; custom fields are replaced by the ones sent. The type never changes: a \`\`type\`\` other than the current one is refused. To touch only some fields, use ${noun}_patch.

${idParam(noun, ' to change')}

All other parameters are those of ${noun}_create.

:returns: the ${noun} as now stored, with its datasets (up to 1000), users, linked groups and extras
:rtype: dictionary`
}

export function deleteHelp(kind: GroupKind): string {
  const { noun, a } = wordsFor(kind)
  const owned =
    kind === 'organization'
      ? `An organization that still owns datasets is refused, unless ckan.auth.create_unowned_dataset is on; then those datasets are left without an owner instead.

`
      : ''
  return `Mark ${a} as deleted.

Only the ${noun}'s admins and sysadmins may do this. Every membership it had (users, datasets, linked groups) is dropped, but the record stays, with state \`\`"deleted"\`\`, and its name remains taken. ${noun}_purge removes it for good.

${owned}${idParam(noun)}`
}

export function purgeHelp(kind: GroupKind): string {
  const { noun, a } = wordsFor(kind)
  const datasets =
    kind === 'group'
      ? 'Datasets that were in the group are kept; they simply stop belonging to it.'
      : 'Its datasets follow the organization_delete rule: with datasets left, the purge is refused unless ckan.auth.create_unowned_dataset is on, which leaves them without an owner.'
  return `Erase ${a} from the database permanently; there is no undo.

Sysadmins only. Where ${noun}_delete keeps a record marked deleted, this removes the ${noun} and all of its memberships, which frees its name. ${datasets} Activity already recorded about it is kept.

${idParam(noun)}`
}

export function memberCreateHelp(kind: GroupKind): string {
  const { noun, a } = wordsFor(kind)
  return `Give a user a role in ${a}, or change the role they already hold.

Only the ${noun}'s admins and sysadmins may do this. An admin cannot lower their own role.

${idParam(noun)}
:param username: id or name of the user
:type username: string
:param role: one of \`\`"admin"\`\`, \`\`"editor"\`\` or \`\`"member"\`\`
:type role: string

:returns: the membership record (\`\`id\`\`, \`\`group_id\`\`, \`\`table_name\`\`, \`\`table_id\`\`, \`\`capacity\`\`, \`\`state\`\`)
:rtype: dictionary`
}

export function memberDeleteHelp(kind: GroupKind): string {
  const { noun, a } = wordsFor(kind)
  return `Take a user out of ${a}.

The caller needs the right to manage the ${noun}'s members: its admins and sysadmins have it. Removing a user who holds no role there changes nothing.

${idParam(noun)}
:param username: id or name of the user (\`\`user_id\`\` is read when \`\`username\`\` is absent)
:type username: string`
}
