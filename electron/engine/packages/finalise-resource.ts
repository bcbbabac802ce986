/**
 * The last step before a resource dict is saved, for resource_create /
 * resource_update / resource_patch and every dataset write alike: where a
 * file upload plugs in (FileStore, a later issue) and where CKAN's save-time
 * URL rules apply.
 */
import type { ResourceDraft } from './validate-resource.ts'

/**
 * Finalises `resource` (already validated, with id and package id given):
 * `clear_upload` turns an upload back into a link; an uploaded resource's
 * `url` is stored as the bare file name (shown whole by package_show); a
 * link without a scheme gets "http://", as CKAN's resource_dictize adds it.
 */
export function finaliseResource(resource: Record<string, unknown>, draft: ResourceDraft): void {
  if (draft.clearUpload) resource.url_type = ''
  const url = resource.url
  if (typeof url !== 'string' || url === '') return
  if (resource.url_type === 'upload') resource.url = url.slice(url.lastIndexOf('/') + 1)
  else if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url)) resource.url = `http://${url.replace(/^\/+/, '')}`
}
