import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('member_create', () => {
  it('adds a user to an organization and returns the member row', () => {
    const t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const editor = t.user('editor')
    const row = t.call('member_create', t.sysadmin, { id: 'org-a', object: 'editor', object_type: 'user', capacity: 'editor' })
    expect(row).toEqual({
      id: row.id,
      table_name: 'user',
      table_id: editor.user!.id,
      capacity: 'editor',
      group_id: org.id,
      state: 'active',
    })
    t.close()
  })
})
