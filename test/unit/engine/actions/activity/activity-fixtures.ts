/**
 * A catalog with activity in it, made through the real actions: an
 * organization with an editor and a member, a public and a private dataset,
 * a group, and some edits.
 */
import { testEngine } from '../../../../helpers/test-engine.ts'

export function catalogWithActivity() {
  const t = testEngine()
  const editor = t.user('editor')
  const member = t.user('member')
  const outsider = t.user('outsider')
  const org = t.call('organization_create', t.sysadmin, { name: 'rivers-org', title: 'Rivers' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'editor', role: 'editor' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'member', role: 'member' })
  const group = t.call('group_create', t.sysadmin, { name: 'water-group' })
  t.call('group_member_create', t.sysadmin, { id: group.id, username: 'editor', role: 'member' })
  const open = t.call('package_create', editor, { name: 'open-data', owner_org: org.id, groups: [{ name: 'water-group' }] })
  const secret = t.call('package_create', editor, { name: 'secret-data', owner_org: org.id, private: true })
  t.call('package_patch', editor, { id: 'open-data', notes: 'first edit' })
  t.call('package_patch', editor, { id: 'open-data', notes: 'second edit' })
  t.call('package_patch', editor, { id: 'secret-data', notes: 'hidden edit' })
  return { t, editor, member, outsider, org, group, open, secret }
}
