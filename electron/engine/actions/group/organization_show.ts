import { defineAction } from '../../define-action.ts'
import { makeShow } from './make-show.ts'

/** The details of one organization. */
export const organization_show = defineAction(
  'organization_show',
  makeShow(
    true,
    `Return the details of a organization.

:param id: the id or name of the organization
:type id: string
:param include_datasets: include a truncated list of the organization's datasets (optional, default: \`\`False\`\`)
:type include_datasets: bool
:param include_dataset_count: include the full package_count (optional, default: \`\`True\`\`)
:type include_dataset_count: bool
:param include_extras: include the organization's extra fields (optional, default: \`\`True\`\`)
:type include_extras: bool
:param include_users: include the organization's users (optional, default: \`\`True\`\` if \`\`ckan.auth.public_user_details\`\` is \`\`True\`\` otherwise \`\`False\`\`)
:type include_users: bool
:param include_groups: include the organization's sub groups (optional, default: \`\`True\`\`)
:type include_groups: bool
:param include_tags: include the organization's tags (optional, default: \`\`True\`\`)
:type include_tags: bool
:param include_followers: include the organization's number of followers (optional, default: \`\`True\`\`)
:type include_followers: bool

:rtype: dictionary`,
  ),
)
