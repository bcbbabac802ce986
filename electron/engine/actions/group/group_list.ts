import { defineAction } from '../../define-action.ts'
import { makeList } from './make-list.ts'

/** The names (or, with all_fields, the dicts) of the site's groups. */
export const group_list = defineAction(
  'group_list',
  makeList(
    false,
    `Return a list of the names of the site's groups.

:param type: the type of group to list (optional, default: \`\`'group'\`\`)
:type type: string
:param sort: sorting of the search results. Optional. Default: "title asc" string of field name and sort-order. The allowed fields are 'name', 'package_count' and 'title'
:type sort: string
:param limit: the maximum number of groups returned (optional) Default: \`\`1000\`\` when all_fields=false unless set in site's configuration \`\`ckan.group_and_organization_list_max\`\`. Default: \`\`25\`\` when all_fields=true unless set in site's configuration \`\`ckan.group_and_organization_list_all_fields_max\`\`
:type limit: int
:param offset: when \`\`limit\`\` is given, the offset to start returning groups from
:type offset: int
:param groups: a list of names of the groups to return, if given only groups whose names are in this list will be returned (optional)
:type groups: list of strings
:param all_fields: return group dictionaries instead of just names. Only core fields are returned - get some more using the include_* options. Returning a list of packages is too expensive, so the \`packages\` property for each group is deprecated, but there is a count of the packages in the \`package_count\` property. (optional, default: \`\`False\`\`)
:type all_fields: bool
:param include_dataset_count: if all_fields, include the full package_count (optional, default: \`\`True\`\`)
:type include_dataset_count: bool
:param include_extras: if all_fields, include the group extra fields (optional, default: \`\`False\`\`)
:type include_extras: bool
:param include_tags: if all_fields, include the group tags (optional, default: \`\`False\`\`)
:type include_tags: bool
:param include_groups: if all_fields, include the groups the groups are in (optional, default: \`\`False\`\`)
:type include_groups: bool
:param include_users: if all_fields, include the group users (optional, default: \`\`False\`\`)
:type include_users: bool

:rtype: list of strings`,
  ),
)
