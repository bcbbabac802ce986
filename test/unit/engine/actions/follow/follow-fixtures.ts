/**
 * A small catalog for the follower actions, made through the real actions:
 * an organization with a member, a public and a private dataset, a group,
 * and users who follow nothing yet.
 */
import { testEngine } from '../../../../helpers/test-engine.ts'

export function catalogToFollow() {
  const t = testEngine()
  const alice = t.user('alice')
  const bob = t.user('bob')
  const carol = t.user('carol')
  const org = t.call('organization_create', t.sysadmin, { name: 'rivers-org', title: 'Rivers' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'carol', role: 'member' })
  const group = t.call('group_create', t.sysadmin, { name: 'water-group', title: 'Water' })
  const open = t.call('package_create', t.sysadmin, { name: 'open-data', title: 'Open data', owner_org: org.id })
  const secret = t.call('package_create', t.sysadmin, { name: 'secret-data', owner_org: org.id, private: true })
  return { t, alice, bob, carol, org, group, open, secret }
}
