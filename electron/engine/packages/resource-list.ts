/**
 * A dataset's resources as saved: ids, positions and timestamps given, each
 * finalised, and the resources table (a lookup of resource → dataset) kept
 * in step. As CKAN's package_resource_list_save: resources left out become
 * `deleted` (their last dict kept in resources.data), and resources deleted
 * by an earlier update are purged.
 */
import type { Context } from '../context.ts'
import { insertMany } from '../db/insert-many.ts'
import { sql } from '../db/statements.ts'
import { newResourceId } from '../time.ts'
import { finaliseResource } from './finalise-resource.ts'
import { resourceWithId } from './resource-key.ts'
import type { ResourceDict } from './store.ts'
import type { ResourceDraft } from './validate-resource.ts'

/**
 * The resource dicts to save. A resource already in the dataset keeps the
 * core fields the update left out that CKAN keeps (validate-resource.ts
 * keptWhenAbsent: name, format, url_type...), its `created` and, when
 * nothing but its position changed, its `metadata_modified` (CKAN bumps a
 * resource's metadata_modified only when the resource itself changed).
 */
export function assembleResources(
  packageId: string,
  drafts: ResourceDraft[],
  previous: ResourceDict[],
  now: string,
): ResourceDict[] {
  const assembled: ResourceDict[] = []
  const positionOf = new Map<string, number>()
  for (const draft of drafts) {
    const id = draft.givenId ?? newResourceId()
    // Two dicts with one id: CKAN saves both onto the same resource row, the later as an update of
    // the earlier; the resource keeps the earlier one's place. A dataset never holds an id twice.
    const earlier = positionOf.get(id)
    const before = earlier !== undefined ? assembled[earlier] : previous.find((resource) => resource.id === id)
    // The draft is ours: its keys are filled in place (no spread, which is slow on V8 for dicts this size).
    const resource = draft.dict
    resource.id = id
    resource.package_id = packageId
    resource.position = earlier ?? assembled.length
    if (before) for (const key of draft.absent) if (before[key] !== undefined) resource[key] = before[key]
    resource.created ??= before?.created ?? now
    finaliseResource(resource, draft)
    resource.metadata_modified = before && sameContent(before, resource) ? before.metadata_modified : now
    if (earlier !== undefined) assembled[earlier] = resource as ResourceDict
    else {
      positionOf.set(id, assembled.length)
      assembled.push(resource as ResourceDict)
    }
  }
  return assembled
}

/** Writes the resources rows of a dataset after its resources changed to `resources`. */
export function saveResourceRows(
  ctx: Context,
  packageId: string,
  resources: ResourceDict[],
  previous: ResourceDict[],
  isNew: boolean,
): void {
  // One statement for all the rows: each run costs a call into SQLite and its statement setup.
  const values = resources.flatMap((resource) => [
    resource.id, packageId, resource.position, 'active', textOrNull(resource.format), textOrNull(resource.url_type), null,
  ])
  insertMany(
    ctx.db,
    'INSERT INTO resources (id, package_id, position, state, format, url_type, data)',
    7,
    values,
    `ON CONFLICT (substr(id, 25), id) DO UPDATE SET package_id = excluded.package_id, position = excluded.position,
       state = 'active', format = excluded.format, url_type = excluded.url_type, data = NULL`,
  )
  // Resources deleted by an earlier update go for good now (their views with them, migration 0014), but not
  // one the update brought back: as CKAN's package_resource_list_save, it stays the same row, views kept.
  if (!isNew) sql(ctx.db, "DELETE FROM resources WHERE package_id = ? AND state = 'deleted'").run(packageId)
  const kept = new Set(resources.map((resource) => resource.id))
  for (const resource of previous) {
    if (kept.has(resource.id)) continue
    sql(ctx.db, `UPDATE resources SET state = 'deleted', data = @data WHERE ${resourceWithId}`).run({
      data: JSON.stringify({ ...resource, state: 'deleted' }),
      id: resource.id,
    })
  }
}

function sameContent(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  for (const key of keys) {
    if (key === 'position' || key === 'metadata_modified') continue
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) return false
  }
  return true
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}
