/** user_show's dataset parts, with datasets made by package_create. */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

function catalog() {
  const t = testEngine()
  const editor = t.user('editor')
  const org = t.call('organization_create', t.sysadmin, { name: 'org' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'editor', role: 'editor' })
  t.call('package_create', editor, { name: 'open-one', owner_org: org.id })
  t.call('package_create', editor, { name: 'private-one', owner_org: org.id, private: true })
  return { t, editor }
}

describe('user_show with datasets', () => {
  it('counts and lists public datasets for anyone, private ones too for the user themself', () => {
    const { t, editor } = catalog()
    const seenByAnyone = t.call('user_show', t.anonymous, { id: 'editor', include_datasets: true })
    expect(seenByAnyone.number_created_packages).toBe(1)
    expect(seenByAnyone.datasets.map((d: any) => d.name)).toEqual(['open-one'])
    const seenBySelf = t.call('user_show', editor, { include_datasets: true })
    expect(seenBySelf.number_created_packages).toBe(2)
    expect(seenBySelf.datasets.map((d: any) => d.name).sort()).toEqual(['open-one', 'private-one'])
    expect(seenBySelf.datasets[0]).toHaveProperty('organization')
    t.close()
  })

  it('drops the user\'s memberships on user_delete', () => {
    const { t } = catalog()
    t.call('user_delete', t.sysadmin, { id: 'editor' })
    expect(t.call('member_list', t.sysadmin, { id: 'org', object_type: 'user' }).map((m: any) => m[0])).not.toContain(
      t.call('user_show', t.sysadmin, { id: 'editor' }).id,
    )
    t.close()
  })
})
