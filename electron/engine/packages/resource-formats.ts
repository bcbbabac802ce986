/**
 * Resource format names as CKAN normalises them (h.unified_resource_format):
 * `csv`, `text/csv` and "Comma Separated Values File" all become `CSV`;
 * anything the register does not know is kept as sent.
 */
import { resourceFormatList } from './resource-format-list.ts'

const byLowerName = new Map<string, string>()
for (const [name, description, mimetype, alternatives] of resourceFormatList) {
  for (const item of [mimetype, name, description, ...alternatives]) {
    if (item) byLowerName.set(item.toLowerCase(), name)
  }
}

/** The register's short name for a format, mimetype or alternative name; unknown values unchanged. */
export function canonicalFormat(format: string): string {
  return byLowerName.get(format.toLowerCase()) ?? format
}
