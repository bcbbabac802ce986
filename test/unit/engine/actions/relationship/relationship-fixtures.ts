/**
 * A small catalog for the relationship actions, made through the real
 * actions: two organizations, an editor and a member of the first, a user of
 * neither, and public and private datasets in each.
 */
import { testEngine } from '../../../../helpers/test-engine.ts'

export function catalogToRelate() {
  const t = testEngine()
  const editor = t.user('edith')
  const member = t.user('mona')
  const outsider = t.user('nina')
  const rivers = t.call('organization_create', t.sysadmin, { name: 'rivers-org' })
  const lakes = t.call('organization_create', t.sysadmin, { name: 'lakes-org' })
  t.call('organization_member_create', t.sysadmin, { id: rivers.id, username: 'edith', role: 'editor' })
  t.call('organization_member_create', t.sysadmin, { id: rivers.id, username: 'mona', role: 'member' })
  const alpha = t.call('package_create', t.sysadmin, { name: 'alpha', owner_org: rivers.id })
  const beta = t.call('package_create', t.sysadmin, { name: 'beta', owner_org: rivers.id })
  const hidden = t.call('package_create', t.sysadmin, { name: 'hidden', owner_org: rivers.id, private: true })
  const lake = t.call('package_create', t.sysadmin, { name: 'lake', owner_org: lakes.id })
  const secret = t.call('package_create', t.sysadmin, { name: 'secret', owner_org: lakes.id, private: true })
  return { t, editor, member, outsider, rivers, lakes, alpha, beta, hidden, lake, secret }
}

/** The stored rows, for checks on what was written. */
export function relationshipRows(t: ReturnType<typeof testEngine>): Record<string, unknown>[] {
  return t.engine.db.prepare('SELECT * FROM package_relationships ORDER BY rowid').all() as Record<string, unknown>[]
}
