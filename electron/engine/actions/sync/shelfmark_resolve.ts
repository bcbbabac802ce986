/** shelfmark_resolve: settles a dataset's conflict with take local, take remote, or edited values. */
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { invalid, notFound } from '../../errors.ts'
import { findPackageRow } from '../../packages/store.ts'
import { Invalid, type Validator } from '../../validate/navl.ts'
import { convertToJsonIfString, ignoreMissing, notEmpty, unicodeSafe } from '../../validate/validators.ts'
import type { LinkRow } from '../../../sync/links.ts'
import { isDict } from '../../../sync/normalize.ts'
import { resolveConflict } from '../../../sync/resolve.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

const side: Validator = (value) => {
  if (value !== 'local' && value !== 'remote') throw new Invalid('Must be "local" or "remote"')
  return value
}

const dictOnly: Validator = (value) => {
  if (!isDict(value)) throw new Invalid('Must be a dict of path → value')
  return value
}

/** shelfmark_resolve: settles a dataset's conflict with take local, take remote, or edited values. */
export const shelfmark_resolve = defineAction('shelfmark_resolve', {
  auth: canManageSync,
  schema: {
    id: [notEmpty, unicodeSafe],
    remote: [ignoreMissing, unicodeSafe],
    take: [ignoreMissing, side],
    values: [ignoreMissing, convertToJsonIfString, dictOnly],
  },
  help: `Resolve a dataset's conflict. Nothing is overwritten on either side
    until this is called.

    :param id: the dataset (name or id)
    :param remote: the remote (needed only when the dataset is linked to several)
    :param take: "local" or "remote": the side to keep for every open field
    :param values: {path: value} to set fields to a value of your own
      (paths as shelfmark_conflicts lists them); fields not named follow \`take\`
    :returns: {id, name, resolved}
    `,
  run(ctx, data) {
    if (data.take === undefined && data.values === undefined) invalid('take', 'Missing value')
    const row = findPackageRow(ctx.db, data.id)
    const remoteId = data.remote ? remoteOr404(ctx, data.remote).id : null
    const links = sql(
      ctx.db,
      `SELECT * FROM sync_links WHERE conflict IS NOT NULL AND (package_id = ? OR remote_name = ?) AND (? IS NULL OR remote_id = ?)`,
    ).all(row?.id ?? data.id, data.id, remoteId, remoteId) as LinkRow[]
    if (links.length === 0) notFound('No conflict for this dataset')
    if (links.length > 1) invalid('remote', 'The dataset is in conflict with several remotes: name one')
    const outcome = resolveConflict(ctx, links[0], { take: data.take as 'local' | 'remote' | undefined, values: data.values as Record<string, unknown> | undefined })
    return { id: links[0].package_id, name: row?.name ?? links[0].remote_name, ...outcome }
  },
})
