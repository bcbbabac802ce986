/** shelfmark_sync_record_files: a job's step recording files now in step with the remote. */
import { defineAction } from '../../define-action.ts'
import { notFound, IntegrityError } from '../../errors.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { linkFor, saveLink } from '../../../sync/links.ts'
import { isDict } from '../../../sync/normalize.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_sync_record_files: a job's step recording files now in step with the remote. */
export const shelfmark_sync_record_files = defineAction('shelfmark_sync_record_files', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe], package_id: [notEmpty, unicodeSafe] },
  help: `Internal step of a sync job: records the fingerprints (name, size,
    sha256) of resource files downloaded or uploaded for a linked dataset.
    `,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    if (!isDict(data.files)) throw new IntegrityError('files must be a dict')
    const link = linkFor(ctx.db, remote.id, data.package_id as string) ?? notFound('Link not found')
    saveLink(ctx.db, { ...link, files: JSON.stringify({ ...JSON.parse(link.files), ...data.files }) })
    return null
  },
})
