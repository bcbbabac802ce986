import { requireReadPackage, requireUser } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { requireUpdatePackage } from '../../packages/package-auth.ts'
import { reviseParams } from '../../packages/revise-params.ts'
import { applyResourceUploads } from '../../packages/revise-uploads.ts'
import { checkDict, checkStringKey, filterGlobMatch, ReviseError, updateMergeDict, updateMergeStringKey } from '../../packages/revise-dict.ts'
import { findPackageRow, showPackage } from '../../packages/store.ts'
import { targetOf, updatePackage } from '../../packages/write-package.ts'

/** package_revise: guarded, partial edits of a dataset (match / filter / update / include). */
export const package_revise = defineAction('package_revise', {
  // The order is CKAN's: parameters, lookup, read access, match, changes, then the update rule.
  auth: anyone,
  // Files in flattened keys (update__resources__-1__upload) become resource uploads.
  acceptsFiles: true,
  help: `Revise a dataset (package) selectively with match, filter and update
parameters.

:param match: a dict containing "id" or "name" values of the dataset to
    update; all values provided must match the current dataset values or a
    ValidationError will be raised. e.g. \`{"name": "my-data",
    "resources": [{"name": "big.csv"}]}\` would abort if the my-data dataset's
    first resource name is not "big.csv".
:type match: dict
:param filter: a list of string patterns of fields to remove from the
    current dataset. e.g. \`"-resources__1"\` would remove the second
    resource, \`"+title, +resources, -*"\` would remove all fields at the
    dataset level except title and all resources (default: \`[]\`)
:type filter: comma-separated string patterns or list of string patterns
:param update: a dict with values to update/create after filtering, e.g.
    \`{"resources": [{"description": "file here"}]}\` would update the
    description for the first resource
:type update: dict
:param include: a list of string pattern of fields to include in response
    e.g. \`"-*"\` to return nothing (default: \`[]\` all fields returned)
:type include: comma-separated-string patterns or list of string patterns

\`match\` and \`update\` parameters may also be passed as "flattened keys",
using either the item numeric index or its unique id (with a minimum of 5
characters), e.g. \`update__resources__1f9ab__description="guidebook"\`
would set the description of the resource with id starting with "1f9ab" to
"guidebook", and \`update__resources__extend=[{"name": "new"}]\` appends a
resource.

A file sent as a multipart part named like \`update__resources__-1__upload\`
becomes that resource's upload, as with resource_create's \`upload\`.

:returns: a dict containing 'package': the updated dataset
:rtype: dictionary`,
  run(ctx, params) {
    const data = reviseParams(params)
    const ref = data.matchKeys.id ?? data.match.id ?? data.matchKeys.name ?? data.match.name
    if (ref === undefined || ref === null) throw new ValidationError({ match__id: 'Missing value' })
    const row = findPackageRow(ctx.db, ref) ?? notFound()
    requireReadPackage(ctx, row)
    const original = showPackage(ctx, row)
    const unmatched = checkDict(original, data.match)
    for (const key of Object.keys(data.matchKeys).sort()) unmatched.push(...matchKey(original, key, data.matchKeys[key]))
    if (unmatched.length) throw new ValidationError({ match: unmatched.map((path) => path.join('__')) })
    const revised = structuredClone(original)
    if (data.filter) {
      filterGlobMatch(revised, data.filter)
      revised.id = original.id
    }
    if (data.update) applyOrFail('update', () => updateMergeDict(revised, data.update))
    for (const key of updateOrder(Object.keys(data.updateKeys))) {
      applyOrFail(`update__${key}`, () => updateMergeStringKey(revised, key, data.updateKeys[key]))
    }
    requireUser(ctx, 'package_revise')
    requireUpdatePackage(ctx, row, revised)
    applyResourceUploads(ctx, revised)
    const result: Record<string, unknown> = { package: updatePackage(ctx, targetOf(row), { ...revised, id: row.id, type: row.type }) }
    if (data.include) filterGlobMatch(result, data.include)
    return result
  },
})

function matchKey(original: Record<string, unknown>, key: string, value: unknown) {
  try {
    return checkStringKey(original, key, value)
  } catch (error) {
    if (error instanceof ReviseError) throw new ValidationError({ [`match__${key}`]: [error.message] })
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
