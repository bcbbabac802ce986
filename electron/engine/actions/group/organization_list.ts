import { defineAction } from '../../define-action.ts'
import { makeList } from './make-list.ts'

/** The names (or, with all_fields, the dicts) of the site's organizations. */
export const organization_list = defineAction(
  'organization_list',
  makeList(
    true,
    `List the site's active organizations, as names or as full dicts.

Anyone may call this. By default the answer is a list of names. With \`\`all_fields\`\` each entry is built as organization_show builds it, except that extras, tags, users and linked groups are left out unless their include_* flag is set.

:param type: which organization type to list (optional, default \`\`"organization"\`\`)
:type type: string
:param organizations: restrict the answer to these names; a list, or one comma-separated string (optional)
:type organizations: list of strings
:param q: keep only organizations whose name, title or description contains this text, ignoring case (optional)
:type q: string
:param sort: one field, \`\`name\`\`, \`\`title\`\` or \`\`package_count\`\`, optionally followed by \`\`asc\`\` or \`\`desc\`\`; a bare \`\`package_count\`\` puts the largest first. \`\`order_by\`\` is read when \`\`sort\`\` is absent (optional, default \`\`"title asc"\`\`)
:type sort: string
:param limit: page size; \`\`1000\`\` for names and \`\`25\`\` with all_fields are both the default and the most allowed (optional)
:type limit: int
:param offset: how many organizations to skip (optional, default \`\`0\`\`)
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

:returns: names, or organization dicts when all_fields is set
:rtype: list`,
  ),
)
