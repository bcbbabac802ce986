import { requireReadPackage, requireUser } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { IntegrityError, notFound, ValidationError } from '../../errors.ts'
import { echoingRequest } from '../../packages/check-structure.ts'
import { requireUpdatePackage } from '../../packages/package-auth.ts'
import { reviseParams } from '../../packages/revise-params.ts'
import { applyResourceUploads } from '../../packages/revise-uploads.ts'
import { checkDict, checkStringKey, filterGlobMatch, ReviseError, updateMergeDict, updateMergeStringKey } from '../../packages/revise-dict.ts'
import { findPackageRow, showPackage } from '../../packages/store.ts'
import { targetOf, updatePackage } from '../../packages/write-package.ts'
import { pythonTruthy } from '../../validate/validators.ts'

/** package_revise: guarded, partial edits of a dataset (match / filter / update / include). */
export const package_revise = defineAction('package_revise', {
  // The order is CKAN's: parameters, lookup, read access, match, changes, then the update rule.
  auth: anyone,
  // Files in flattened keys (update__resources__-1__upload) become resource uploads.
  acceptsFiles: true,
  help: `Edit a dataset in place, only if it still holds the values you expect.

The dataset named in match is loaded and compared with every value in
match; any difference aborts with a validation error listing the
mismatched paths. Otherwise the filter patterns strip fields, the update
values are merged in, and the result is saved as by package_update (the
caller needs the right to edit the dataset).

A path joins keys with "__". A list item is picked by its position or by
the first 5 or more characters of its id; the flat keys described below
also take negative positions, counted from the end. A pattern is a path
that may use "*" for any key, prefixed with "-" (or nothing) to remove
or "+" to keep; the first pattern matching a key decides.

:param match: the dataset's "id" or "name", plus any values it must
    currently have, e.g. {"name": "my-data", "resources": [{"format":
    "CSV"}]} (a list is compared item by item)
:type match: dictionary, or its JSON text
:param filter: patterns of fields to remove before the update, e.g.
    ["+title", "+resources", "-*"] drops every top-level field but title
    and resources (optional)
:type filter: list of strings, or one comma-separated string
:param update: values to merge: dictionaries merge key by key and lists
    item by item, e.g. {"resources": [{}, {"name": "renamed"}]} renames
    only the second resource (optional)
:type update: dictionary, or its JSON text
:param include: patterns trimming the result, e.g. "-*" for an empty
    answer (optional, default: the whole result)
:type include: list of strings, or one comma-separated string

Single values may also be sent as flat keys match__PATH and
update__PATH, their values read as JSON when they parse, e.g.
update__resources__1f9ab__format=CSV. A path ending in __extend appends
a list, e.g. update__resources__extend=[{"name": "new"}]. A multipart
file part named like update__resources__-1__upload becomes that
resource's upload, as with resource_create.

:returns: {"package": the saved dataset}, trimmed by include
:rtype: dictionary`,
  run(ctx, params) {
    const data = reviseParams(params)
    const ref = targetRef([data.matchKeys.id, data.match.id, data.matchKeys.name, data.match.name])
    const row = findPackageRow(ctx.db, ref) ?? notFound()
    requireReadPackage(ctx, row)
    const original = showPackage(ctx, row)
    const unmatched = checkDict(original, data.match)
    for (const key of Object.keys(data.matchKeys).sort()) unmatched.push(...matchKey(original, key, data.matchKeys[key], params))
    if (unmatched.length) throw new ValidationError({ match: unmatched.map((path) => path.join('__')) })
    const revised = structuredClone(original)
    if (data.filter) {
      filterGlobMatch(revised, data.filter)
      revised.id = original.id
    }
    if (data.update) applyOrFail('update', () => updateMergeDict(revised, data.update))
    for (const key of updateOrder(Object.keys(data.updateKeys))) {
      // CKAN keys the error by the path after the prefix (its collect_prefix drops `update__`).
      applyOrFail(key, () => updateMergeStringKey(revised, key, data.updateKeys[key]))
    }
    requireUser(ctx, 'package_revise')
    requireUpdatePackage(ctx, row, revised)
    applyResourceUploads(ctx, revised)
    const saved = echoingRequest(params, () => updatePackage(ctx, targetOf(row), { ...revised, id: row.id, type: row.type }))
    const result: Record<string, unknown> = { package: saved }
    if (data.include) filterGlobMatch(result, data.include)
    return result
  },
})

/**
 * The dataset named by match, read as CKAN's `a or b or c or d` then `is None`:
 * the first value Python reads as true, else the last one. An empty one then
 * reaches package_show, which asks for name_or_id.
 */
function targetRef(candidates: unknown[]): unknown {
  const ref = candidates.find(pythonTruthy) ?? candidates[candidates.length - 1]
  if (ref === undefined || ref === null) throw new ValidationError({ match__id: 'Missing value' })
  if (!pythonTruthy(ref)) throw new ValidationError({ name_or_id: ['Missing value'] })
  return ref
}

/**
 * The mismatches under one `match__` path. A path the dataset does not have
 * is a 400 Integrity Error carrying the request, as CKAN answers the
 * DataError it leaves uncaught there.
 */
function matchKey(original: Record<string, unknown>, key: string, value: unknown, request: Record<string, unknown>) {
  try {
    return checkStringKey(original, key, value)
  } catch (error) {
    if (error instanceof ReviseError) throw new IntegrityError(error.message, request)
    throw error
  }
}

function applyOrFail(field: string, apply: () => void): void {
  try {
    apply()
  } catch (error) {
    if (error instanceof ReviseError) throw new ValidationError({ [field]: [error.message] })
    throw error
  }
}

/** `…__extend` keys first (so a new resource can be addressed by later keys), then the others sorted. */
function updateOrder(keys: string[]): string[] {
  const extend = keys.filter((key) => key.endsWith('extend')).sort()
  return [...extend, ...keys.filter((key) => !key.endsWith('extend')).sort()]
}
