import { defineAction } from '../../define-action.ts'
import { requireCreatePackage } from '../../packages/package-auth.ts'
import { createPackage } from '../../packages/write-package.ts'

/** package_create: a new dataset, returned as package_show returns it. */
export const package_create = defineAction('package_create', {
  // CKAN fills in the type before its auth check, so error echoes carry it (031).
  auth: (ctx, params) => requireCreatePackage(ctx, params),
  help: `Create a new dataset (package).

You must be authorized to create new datasets. If you specify any groups
for the new dataset, you must also be authorized to edit these groups.

:param name: the name of the new dataset, between 2 and 100 characters
    long, lowercase alphanumeric, \`-\` and \`_\`
:type name: string
:param title: the title of the dataset (optional, default: same as name)
:param owner_org: the id or name of the dataset's organization
:param private: if true the dataset is visible only to its organization's
    members (optional, default: false)
:param author, author_email, maintainer, maintainer_email, license_id,
    notes, url, version, state (sysadmins), type: the dataset's fields
:param resources: the dataset's resources (list of resource dicts)
:param tags: the dataset's tags (list of {name, vocabulary_id} dicts)
:param extras: the dataset's extras (list of {key, value} dicts)
:param groups: the groups the dataset belongs to (list of {id} or {name})

Fields the schema does not know are kept and returned as sent.

:returns: the newly created dataset
:rtype: dictionary`,
  run(ctx, params) {
    // Object.assign, not a spread: V8 is slow to add keys after a spread of a dict this size.
    const input = 'type' in params ? params : Object.assign({}, params, { type: 'dataset' })
    return createPackage(ctx, input)
  },
})
