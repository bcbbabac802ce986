/**
 * The `results` of a package_search: each dataset as package_show returns it
 * (CKAN's validated_data_dict), or with `fl`, just the named index fields.
 */
import type { Context } from '../../context.ts'
import { findPackageRow, showPackage, type PackageDict } from '../../packages/store.ts'
import { siteId } from '../../search/fields.ts'

/** The page's datasets, in order; one missing meanwhile is skipped. */
export function datasetsOf(ctx: Context, ids: string[]): PackageDict[] {
  const datasets: PackageDict[] = []
  for (const id of ids) {
    const row = findPackageRow(ctx.db, id)
    if (row) datasets.push(showPackage(ctx, row))
  }
  return datasets
}

/**
 * Mirrors package_search with `fl`: dicts of the named index fields (a
 * single `id` or `name` field too); fields a dataset has no value for are left out.
 * `*` names every field Solr stores for CKAN (its schema.xml's stored="true"
 * fields and dynamic extras_*), Solr's own bookkeeping (index_id, indexed_ts,
 * _version_) and the data_dict copies aside.
 */
export function fieldsOf(datasets: PackageDict[], fl: string[]): Record<string, unknown>[] {
  const fields = fl.flatMap((entry) => entry.split(/[\s,]+/)).filter(Boolean)
  return datasets.map((dataset) => {
    const picked: Record<string, unknown> = {}
    const wanted = fields.flatMap((field) => (field === '*' ? storedFields(dataset) : [field]))
    for (const field of wanted) {
      const value = indexValue(dataset, field)
      // CKAN moves an extras_* field into the dict under the extra's own key (query.py, then get.py).
      if (value !== undefined && value !== null) picked[field.startsWith('extras_') ? field.slice(7) : field] = value
    }
    return picked
  })
}

const storedCoreFields = ['id', 'site_id', 'title', 'entity_type', 'dataset_type', 'state', 'name', 'version', 'url',
  'notes', 'author', 'author_email', 'maintainer', 'maintainer_email', 'license_id', 'tags', 'groups',
  'organization', 'capacity', 'res_name', 'res_description', 'res_format', 'res_url', 'res_type',
  'metadata_created', 'metadata_modified']

/** What `fl=*` brings back for one dataset: the stored core fields, then its extras. */
function storedFields(dataset: PackageDict): string[] {
  const extras = Array.isArray(dataset.extras) ? (dataset.extras as { key?: unknown }[]) : []
  return [...storedCoreFields, ...extras.flatMap((extra) => (typeof extra.key === 'string' ? [`extras_${extra.key}`] : []))]
}

function indexValue(dataset: PackageDict, field: string): unknown {
  const names = (list: unknown) => (Array.isArray(list) ? list.map((item) => (item as { name?: unknown }).name) : [])
  const resources = dataset.resources ?? []
  switch (field) {
    case 'tags':
      return names(dataset.tags)
    case 'groups':
      return names(dataset.groups)
    case 'organization':
      return (dataset.organization as { name?: string } | null)?.name
    case 'capacity':
      return dataset.private ? 'private' : 'public'
    case 'dataset_type':
      return dataset.type
    case 'entity_type':
      return 'package'
    case 'site_id':
      return siteId
    case 'res_format':
    case 'res_url':
    case 'res_name':
    case 'res_description':
    case 'res_type': {
      const key = { res_format: 'format', res_url: 'url', res_name: 'name', res_description: 'description', res_type: 'resource_type' }[field]
      return resources.map((resource) => resource[key] ?? '')
    }
  }
  if (field.startsWith('extras_')) {
    const extras = Array.isArray(dataset.extras) ? (dataset.extras as { key: string; value: unknown }[]) : []
    return extras.find((extra) => extra.key === field.slice(7))?.value
  }
  const value = dataset[field]
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : value
}
