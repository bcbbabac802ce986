/** CKAN's tag_show: one tag, optionally with its public datasets. */
import { defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { booleanWithDefault } from '../../validate/validators.ts'
import { publicDatasetsWithTag } from '../../search/tag-datasets.ts'
import { findTag, tagDict } from './tag-rows.ts'

export const tag_show = defineAction('tag_show', {
  readOnly: true,
  readsSearchIndex: true, // the tag's datasets (search/tag-datasets.ts)
  auth(ctx, params) {
    getOrBust(params, 'id')
    if (!findTag(ctx.db, params.id, params.vocabulary_id)) throw new NotFound()
  },
  schema: { include_datasets: [booleanWithDefault(false)] },
  help: `Look up one tag, optionally with the datasets that use it.

    Anyone may call this.

    :param id: id or name of the tag
    :type id: string
    :param vocabulary_id: id or name of the vocabulary to look a tag name
        up in; without it a name means a free tag (optional)
    :type vocabulary_id: string
    :param include_datasets: add \`\`packages\`\`, the full dicts of up to 1000
        public, active datasets carrying the tag, whoever asks (optional,
        default \`\`False\`\`)
    :type include_datasets: bool

    :returns: the tag's \`\`id\`\`, \`\`name\`\`, \`\`vocabulary_id\`\` and
        \`\`display_name\`\`
    :rtype: dictionary
    `,
  run(ctx, data) {
    const tag = findTag(ctx.db, data.id, data.vocabulary_id)!
    const dict: Record<string, unknown> = tagDict(tag)
    if (data.include_datasets === true) {
      // Mirrors CKAN's tag_dictize: public active datasets only, whoever asks.
      const ids = publicDatasetsWithTag(ctx.db, tag, 1000)
      dict.packages = ids.map((id) => ctx.callIgnoringAuth('package_show', { id })) // public, so readable by all
    }
    return dict
  },
})
