/**
 * The dict a dataset is indexed from: its stored dict with upload URLs made
 * whole, as package_show has them. Organization and groups are not composed:
 * the index reads them from their own tables (document-lookups.ts).
 */
import type { Context } from '../context.ts'
import { storedDict, uploadUrl, type PackageDict, type PackageRow } from '../packages/store.ts'

/** The stored dict of `row` ready for buildDocument; `reader` supplies the site URL. */
export function shownForIndex(reader: Context, row: PackageRow): PackageDict {
  const dict = storedDict(row)
  for (const resource of dict.resources ?? []) {
    if (resource.url_type === 'upload' && typeof resource.url === 'string') resource.url = uploadUrl(reader, row.id, resource.id, resource.url)
  }
  return dict
}
