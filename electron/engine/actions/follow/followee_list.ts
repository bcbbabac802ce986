/** CKAN's followee_list: everything a user follows, with a display name each, optionally filtered by its start. */
import { defineAction } from '../../define-action.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { pythonTruthy } from '../../validate/validators.ts'
import { followeeDicts, followeeSchema, requireFolloweesReadable, type FolloweeNoun } from './make-followees.ts'

/** The type word each part of the list carries, in CKAN's order. */
const nouns: FolloweeNoun[] = ['user', 'dataset', 'group', 'organization']

/** Mirrors followee_list's display_name: the dict's display_name, else fullname, else title, else name. */
function shownName(dict: Record<string, unknown>): string {
  return String(dict.display_name || dict.fullname || dict.title || dict.name)
}

export const followee_list = defineAction('followee_list', {
  readOnly: true,
  auth(ctx, params) {
    // Mirrors CKAN: followee_list validates (a decorator) before its auth check, unlike the *_followee_list actions.
    const { id } = validateOrThrow(followeeSchema, params, ctx)
    requireFolloweesReadable(ctx, { id })
  },
  schema: followeeSchema,
  help: `List everything a user follows: users, datasets, groups and
    organizations, sorted by display name.

    Only the user themself and sysadmins may ask. Each item is a dict with
    \`\`type\`\` ('user', 'dataset', 'group' or 'organization'),
    \`\`display_name\`\` and \`\`dict\`\` (the followed object, as the matching
    *_followee_list gives it).

    :param id: id or name of the user
    :type id: string
    :param q: keep only items whose display name starts with this text,
        ignoring case and surrounding spaces (optional)
    :type q: string

    :rtype: list of dictionaries
    `,
  run(ctx, data) {
    const items = nouns.flatMap((type) =>
      followeeDicts(ctx, type, data.id as string).map((dict) => ({ type, display_name: shownName(dict), dict })),
    )
    items.sort((a, b) => (a.display_name < b.display_name ? -1 : a.display_name > b.display_name ? 1 : 0))
    if (!pythonTruthy(data.q)) return items
    const q = String(data.q).trim().toLowerCase()
    return items.filter((item) => item.display_name.trim().toLowerCase().startsWith(q))
  },
})
