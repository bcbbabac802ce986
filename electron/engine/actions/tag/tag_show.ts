/** CKAN's tag_show: one tag, optionally with its public datasets. */
import { sql } from '../../db/statements.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { booleanWithDefault } from '../../validate/validators.ts'
import { findTag, tagDict } from './tag-rows.ts'

export const tag_show = defineAction('tag_show', {
  readOnly: true,
  auth(ctx, params) {
    getOrBust(params, 'id')
    if (!findTag(ctx.db, params.id, params.vocabulary_id)) throw new NotFound()
  },
  schema: { include_datasets: [booleanWithDefault(false)] },
  help: `Return the details of a tag and all its datasets.

    :param id: the name or id of the tag
    :type id: string
    :param vocabulary_id: the id or name of the tag vocabulary that the tag is
        in - if it is not specified it will assume it is a free tag.
        (optional)
    :type vocabulary_id: string
    :param include_datasets: include a list of the tag's datasets. (Up to a
        limit of 1000 - for more flexibility, use package_search.)
        (optional, default: \`\`False\`\`)
    :type include_datasets: bool

    :returns: the details of the tag, including a list of all of the tag's
        datasets and their details
    :rtype: dictionary
    `,
  run(ctx, data) {
    const tag = findTag(ctx.db, data.id, data.vocabulary_id)!
    const dict: Record<string, unknown> = tagDict(tag)
    if (data.include_datasets === true) {
      // Mirrors CKAN's tag_dictize: public active datasets only, whoever asks.
      const ids = sql(
        ctx.db,
        `SELECT p.id FROM package_tags pt JOIN packages p ON p.id = pt.package_id
         WHERE pt.tag_id = ? AND p.state = 'active' AND p.private = 0
         ORDER BY p.metadata_modified DESC LIMIT 1000`,
      ).all(tag.id) as { id: string }[]
      dict.packages = ids.map(({ id }) => ctx.callIgnoringAuth('package_show', { id })) // public, so readable by all
    }
    return dict
  },
})
