/**
 * Files sent to package_revise in flattened keys, as ckanapi sends them
 * (`update__resources__-1__upload=@data.csv`), arrive in the revised dict as
 * a resource's `upload`. Each is applied as resource_create applies its own
 * `upload` (CKAN's package_update runs the resource uploader over every
 * resource dict); a file anywhere else is refused, so that no temporary path
 * is ever saved as a field.
 */
import type { Context } from '../context.ts'
import { invalid } from '../errors.ts'
import { applyUpload } from '../files/apply-upload.ts'
import { looksLikeUpload } from '../files/staged-upload.ts'
import { newResourceId } from '../time.ts'

/** Applies the resources' uploaded files to `dict` (in place) and refuses files sent elsewhere. */
export function applyResourceUploads(ctx: Context, dict: Record<string, unknown>): void {
  const resources = Array.isArray(dict.resources) ? (dict.resources as Record<string, unknown>[]) : []
  for (const resource of resources) {
    if (typeof resource !== 'object' || resource === null || !looksLikeUpload(resource.upload)) continue
    const upload = resource.upload
    delete resource.upload
    // The file is stored under its resource's id, so a new resource gets its id now.
    resource.id ??= newResourceId()
    applyUpload(ctx, resource, upload)
  }
  const stray = uploadPath(dict, [])
  if (stray) invalid(`update__${stray.join('__')}`, 'Files can only be sent as a resource\'s "upload"')
}

/** The path of an uploaded file left anywhere in `value`, or null. */
function uploadPath(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (looksLikeUpload(value)) return path
  if (typeof value !== 'object' || value === null) return null
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value)
  for (const [key, item] of entries) {
    const found = uploadPath(item, [...path, key])
    if (found) return found
  }
  return null
}
