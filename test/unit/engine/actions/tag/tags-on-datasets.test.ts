/** Tags as datasets made by package_create use them: listing, showing, and deleting them off datasets. */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

function catalog() {
  const t = testEngine()
  const org = t.call('organization_create', t.sysadmin, { name: 'org' })
  const colors = t.call('vocabulary_create', t.sysadmin, { name: 'colors', tags: [{ name: 'red' }, { name: 'green' }] })
  t.call('package_create', t.sysadmin, {
    name: 'painted', owner_org: org.id, tags: [{ name: 'red', vocabulary_id: colors.id }, { name: 'plain-tag' }, { name: 'water' }],
  })
  t.call('package_create', t.sysadmin, { name: 'hidden', owner_org: org.id, private: true, tags: [{ name: 'secret-tag' }] })
  return { t, org, colors }
}

describe('tags on datasets', () => {
  it('tag_list lists free tags of public datasets; the vocabulary list is separate (067–069)', () => {
    const { t, colors } = catalog()
    expect(t.call('tag_list', t.anonymous).sort()).toEqual(['plain-tag', 'water'])
    expect(t.call('tag_list', t.sysadmin).sort()).toEqual(['plain-tag', 'secret-tag', 'water'])
    expect(t.call('tag_list', t.anonymous, { vocabulary_id: colors.id })).toEqual(['red', 'green'])
    t.close()
  })

  it('tag_show lists the public datasets carrying a tag', () => {
    const { t } = catalog()
    const shown = t.call('tag_show', t.anonymous, { id: 'water', include_datasets: true })
    expect(shown.packages.map((p: any) => p.name)).toEqual(['painted'])
    expect(t.call('tag_show', t.anonymous, { id: 'secret-tag', include_datasets: true }).packages).toEqual([])
    const red = t.call('tag_show', t.anonymous, { id: 'red', vocabulary_id: 'colors', include_datasets: 'true' })
    expect(red.packages.map((p: any) => p.name)).toEqual(['painted'])
    t.close()
  })

  it('tag_delete takes a free tag off the datasets that had it', () => {
    const { t } = catalog()
    t.call('tag_delete', t.sysadmin, { id: 'water' })
    expect(t.call('package_show', t.anonymous, { id: 'painted' }).tags.map((tag: any) => tag.name)).toEqual(['plain-tag', 'red'])
    expect(t.call('tag_list', t.anonymous)).toEqual(['plain-tag'])
    t.close()
  })

  it('vocabulary_update dropping a tag takes it off datasets', () => {
    const { t } = catalog()
    t.call('vocabulary_update', t.sysadmin, { id: 'colors', tags: [{ name: 'green' }] })
    expect(t.call('package_show', t.anonymous, { id: 'painted' }).tags.map((tag: any) => tag.name)).toEqual(['plain-tag', 'water'])
    t.close()
  })

  it('vocabulary_delete leaves no dangling vocabulary tags on datasets', () => {
    const { t } = catalog()
    t.call('vocabulary_delete', t.sysadmin, { id: 'colors' })
    const tags = t.call('package_show', t.anonymous, { id: 'painted' }).tags
    expect(tags.map((tag: any) => tag.name)).toEqual(['plain-tag', 'water'])
    expect(t.call('package_show', t.anonymous, { id: 'painted' }).num_tags).toBe(2)
    t.close()
  })

  it('a renamed vocabulary\'s tags still find their datasets, in tag_show, search and vocabulary_delete', () => {
    const { t } = catalog()
    t.call('vocabulary_update', t.sysadmin, { id: 'colors', name: 'paints' })
    const red = t.call('tag_show', t.anonymous, { id: 'red', vocabulary_id: 'paints', include_datasets: true })
    expect(red.packages.map((p: any) => p.name)).toEqual(['painted'])
    expect(t.call('package_search', t.anonymous, { fq: 'vocab_paints:red' }).count).toBe(1)
    expect(t.call('package_search', t.anonymous, { fq: 'vocab_colors:red' }).count).toBe(0)
    t.call('vocabulary_delete', t.sysadmin, { id: 'paints' })
    expect(t.call('package_show', t.anonymous, { id: 'painted' }).tags.map((tag: any) => tag.name)).toEqual(['plain-tag', 'water'])
    t.close()
  })

  it('a dataset\'s tags are found as soon as it is written, and a retagged dataset leaves its old tags', () => {
    const { t } = catalog()
    t.call('package_patch', t.sysadmin, { id: 'painted', tags: [{ name: 'fresh' }] })
    expect(t.call('tag_list', t.anonymous).sort()).toEqual(['fresh'])
    expect(t.call('tag_show', t.anonymous, { id: 'water', include_datasets: true }).packages).toEqual([])
    t.call('package_delete', t.sysadmin, { id: 'painted' })
    expect(t.call('tag_list', t.anonymous)).toEqual([])
    t.close()
  })

  it('tag_list shows a private dataset\'s tags to its organization\'s members only', () => {
    const { t, org } = catalog()
    const member = t.user('member-user')
    const outsider = t.user('outsider')
    t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'member-user', role: 'member' })
    expect(t.call('tag_list', member).sort()).toEqual(['plain-tag', 'secret-tag', 'water'])
    expect(t.call('tag_list', outsider).sort()).toEqual(['plain-tag', 'water'])
    expect(t.call('tag_autocomplete', member, { q: 'secret' })).toEqual(['secret-tag'])
    expect(t.call('tag_autocomplete', outsider, { q: 'secret' })).toEqual([])
    t.close()
  })
})
