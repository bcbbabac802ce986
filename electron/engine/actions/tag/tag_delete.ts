/** CKAN's tag_delete: a tag goes, and is taken off the datasets that had it. */
import { defineAction } from '../../define-action.ts'
import { NotFound, ValidationError } from '../../errors.ts'
import type { Context } from '../../context.ts'
import { requireSysadminFor } from './sysadmin-only.ts'
import { findTag, type TagRow } from './tag-rows.ts'
import { deleteTags } from './tag-writes.ts'

/** The tag named by id (and vocabulary_id), found before auth as CKAN does. */
function tagFromParams(ctx: Context, params: Record<string, unknown>): TagRow {
  const ref = params.id
  if (ref === undefined || ref === null || ref === '') throw new ValidationError({ id: 'id not in data' })
  const tag = findTag(ctx.db, String(ref), params.vocabulary_id)
  if (!tag) throw new NotFound(`Could not find tag "${String(ref)}"`)
  return tag
}

export const tag_delete = defineAction('tag_delete', {
  readsSearchIndex: true, // the datasets that carry its tags (search/tag-datasets.ts)
  auth(ctx, params) {
    tagFromParams(ctx, params)
    requireSysadminFor(ctx, 'tag_delete')
  },
  help: `Remove a tag and strip it from every dataset that carries it.

    Sysadmins only.

    :param id: id or name of the tag
    :type id: string
    :param vocabulary_id: id or name of the vocabulary to look a tag name
        up in; without it a name means a free tag (optional)
    :type vocabulary_id: string
    `,
  run(ctx, params) {
    deleteTags(ctx, [tagFromParams(ctx, params).id])
    return null
  },
})
