import { defineAction } from '../../define-action.ts'
import { makeShow } from './make-show.ts'

/** The details of one group. */
export const group_show = defineAction(
  'group_show',
  makeShow(
    false,
    `Fetch one group by id or name, with optional extra sections.

Any active group can be read by anyone. A deleted one can be read only by its members and sysadmins, and so can the member list when ckan.auth.public_user_details is off. An id that names an organization is answered with Not Found (organization_show reads those). \`\`num_followers\`\` is always \`\`0\`\`, since Shelfmark keeps no followers.

:param id: id or name of the group
:type id: string
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

:returns: the group's own fields plus the sections asked for
:rtype: dictionary`,
  ),
)
