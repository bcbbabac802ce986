/**
 * shelfmark_files_missing: the uploaded resources of a dataset whose file is
 * not on this disk. A dataset pulled or loaded from a portal keeps its
 * resources' `url_type: "upload"`, but its files come only when asked for
 * (`pull --files`), so its download links answer 404 until then; the app
 * marks those resources instead of offering a link that fails. Not in CKAN.
 */
import { anyone, defineAction } from '../../define-action.ts'
import { hasStoredFile } from '../../files/open-download.ts'
import { ValidationError } from '../../errors.ts'

type ShownResource = { id: string; package_id: string; url?: unknown; url_type?: unknown }

export const shelfmark_files_missing = defineAction('shelfmark_files_missing', {
  readOnly: true,
  auth: anyone, // package_show below decides, as a download does
  help: `List the uploaded resources of a dataset whose file is not stored here.

Shelfmark's own action (CKAN has none): the caller must be allowed to read
the dataset.

:param id: id or name of the dataset
:type id: string

:returns: the ids of those resources, in the dataset's order
:rtype: list of strings`,
  run(ctx, params) {
    if (!('id' in params)) throw new ValidationError({ id: ['Missing value'] })
    const dataset = ctx.call('package_show', { id: params.id }) as { resources?: ShownResource[] }
    return (dataset.resources ?? [])
      .filter((resource) => resource.url_type === 'upload' && !hasStoredFile(ctx.dataDir, resource))
      .map((resource) => resource.id)
  },
})
