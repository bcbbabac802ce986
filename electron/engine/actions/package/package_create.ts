import { defineAction } from '../../define-action.ts'
import { requireCreatePackage } from '../../packages/package-auth.ts'
import { createPackage } from '../../packages/write-package.ts'
import { addDefaultViewsSkippingAuth } from '../../resource-views/default-views.ts'

/** package_create: a new dataset, returned as package_show returns it. */
export const package_create = defineAction('package_create', {
  // CKAN fills in the type before its auth check, so error echoes carry it (031).
  auth: (ctx, params) => requireCreatePackage(ctx, params),
  help: `Add a new dataset to the catalog and return it.

Allowed for sysadmins, for editors and admins of an organization, and for
any logged-in user when the site accepts datasets without an
organization. The caller must also be able to edit every listed group
and the chosen organization. Keys beyond the standard dataset fields are
stored and returned unchanged.

:param name: unique URL name: 2 to 100 characters among lowercase
    letters, digits, "-" and "_"
:type name: string
:param title: display title (optional, defaults to the name)
:type title: string
:param owner_org: id or name of the owning organization (required unless
    the site accepts datasets without one)
:type owner_org: string
:param private: show the dataset only to its organization's members
    (optional, default: false; needs an organization)
:type private: bool
:param author, author_email, maintainer, maintainer_email, license_id,
    notes, url, version: descriptive fields, all optional; the e-mail
    fields must hold valid addresses and version at most 100 characters
:param state: honoured for sysadmins only; anyone else gets "active"
:param type: kind of dataset (optional, default: "dataset")
:param resources: resources created along with the dataset (fields as
    for resource_create)
:type resources: list of dictionaries
:param tags: each {"name": ...}, with an optional "vocabulary_id"
:type tags: list of dictionaries
:param extras: custom fields, each {"key": ..., "value": ...}; keys must
    not repeat
:type extras: list of dictionaries
:param groups: groups to place the dataset in, each {"id": ...} or
    {"name": ...}
:type groups: list of dictionaries

:returns: the saved dataset, shaped like package_show's result
:rtype: dictionary`,
  run(ctx, params) {
    // Object.assign, not a spread: V8 is slow to add keys after a spread of a dict this size.
    const input = 'type' in params ? params : Object.assign({}, params, { type: 'dataset' })
    const created = createPackage(ctx, input)
    // Mirrors CKAN: package_create gives its resources their default views, skipping auth.
    if (created.resources.length) addDefaultViewsSkippingAuth(ctx, created.resources)
    return created
  },
})
