/**
 * A small catalog for the resource view actions, made through the real
 * actions on an on-disk catalog: an organization with an editor and a
 * member, an outsider, a public and a private dataset each with a CSV
 * resource (no default view) and a PNG one (an image_view made by
 * package_create).
 */
import { testEngine } from '../../../../helpers/test-engine.ts'

export function catalogWithViews() {
  const t = testEngine({ onDisk: true })
  const editor = t.user('ed')
  const member = t.user('mem')
  const outsider = t.user('out')
  const org = t.call('organization_create', t.sysadmin, { name: 'rivers-org' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'ed', role: 'editor' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'mem', role: 'member' })
  const resources = [
    { name: 'table', url: 'http://example.org/levels.csv', format: 'CSV' },
    { name: 'map', url: 'http://example.org/map.png', format: 'PNG' },
  ]
  const open = t.call('package_create', t.sysadmin, { name: 'open-data', owner_org: org.id, resources })
  const secret = t.call('package_create', t.sysadmin, { name: 'secret-data', owner_org: org.id, private: true, resources })
  return {
    t,
    editor,
    member,
    outsider,
    org,
    open,
    secret,
    /** The id of a dataset's CSV resource (no views yet). */
    csv: (dataset: { resources: { id: string }[] }) => dataset.resources[0].id,
    /** The id of a dataset's PNG resource (one image_view). */
    png: (dataset: { resources: { id: string }[] }) => dataset.resources[1].id,
  }
}

/** A view's create parameters with the fields every test sends. */
export function imageView(resourceId: string, extra: Record<string, unknown> = {}) {
  return { resource_id: resourceId, view_type: 'image_view', title: 'Picture', ...extra }
}
