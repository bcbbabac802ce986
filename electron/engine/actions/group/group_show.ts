import { defineAction } from '../../define-action.ts'
import { makeShow } from './make-show.ts'

/** The details of one group. */
export const group_show = defineAction(
  'group_show',
  makeShow(
    false,
    `Return the details of a group.

:param id: the id or name of the group
:type id: string
:param include_datasets: include a truncated list of the group's datasets (optional, default: \`\`False\`\`)
:type include_datasets: bool
:param include_dataset_count: include the full package_count (optional, default: \`\`True\`\`)
:type include_dataset_count: bool
:param include_extras: include the group's extra fields (optional, default: \`\`True\`\`)
:type include_extras: bool
:param include_users: include the group's users (optional, default: \`\`True\`\` if \`\`ckan.auth.public_user_details\`\` is \`\`True\`\` otherwise \`\`False\`\`)
:type include_users: bool
:param include_groups: include the group's sub groups (optional, default: \`\`True\`\`)
:type include_groups: bool
:param include_tags: include the group's tags (optional, default: \`\`True\`\`)
:type include_tags: bool
:param include_followers: include the group's number of followers (optional, default: \`\`True\`\`)
:type include_followers: bool

:rtype: dictionary`,
  ),
)
