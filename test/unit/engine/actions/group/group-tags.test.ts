import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => t?.close())

/** A group, an organization, a free tag "rivers" (via a dataset) and a vocabulary tag "rivers" too. */
function catalogWithTags() {
  t = testEngine()
  const group = t.call('group_create', t.sysadmin, { name: 'topic' })
  const org = t.call('organization_create', t.sysadmin, { name: 'org-a' })
  t.call('package_create', t.sysadmin, { name: 'water', owner_org: org.id, tags: [{ name: 'rivers' }, { name: 'lakes' }] })
  const vocabulary = t.call('vocabulary_create', t.sysadmin, { name: 'colors', tags: [{ name: 'rivers' }] })
  const free = t.call('tag_show', t.anonymous, { id: 'rivers' })
  return { group, org, free, vocabularyTag: vocabulary.tags[0] }
}

describe('tags as group members (member_create with object_type "tag")', () => {
  it('adds a free tag by name and group_show lists it with its capacity', () => {
    const { group, free } = catalogWithTags()
    const row = t.call('member_create', t.sysadmin, { id: 'topic', object: 'rivers', object_type: 'tag', capacity: 'public' })
    expect(row).toEqual({ id: row.id, table_name: 'tag', table_id: free.id, capacity: 'public', group_id: group.id, state: 'active' })
    expect(t.call('group_show', t.anonymous, { id: 'topic' }).tags).toEqual([
      { capacity: 'public', display_name: 'rivers', id: free.id, name: 'rivers', vocabulary_id: null },
    ])
    expect(t.call('group_show', t.anonymous, { id: 'topic', include_tags: false }).tags).toBeUndefined()
    expect(t.call('member_list', t.anonymous, { id: 'topic', object_type: 'tag' })).toEqual([[free.id, 'tag', 'public']])
  })

  it('finds a vocabulary tag by id only, as CKAN\'s Tag.get does', () => {
    const { org, vocabularyTag } = catalogWithTags()
    t.call('member_create', t.sysadmin, { id: 'org-a', object: vocabularyTag.id, object_type: 'tag', capacity: 'member' })
    expect(t.call('organization_show', t.anonymous, { id: org.id }).tags).toEqual([
      { capacity: 'member', display_name: 'rivers', id: vocabularyTag.id, name: 'rivers', vocabulary_id: vocabularyTag.vocabulary_id },
    ])
    expect(t.failure('member_create', t.sysadmin, { id: 'org-a', object: 'no-such-tag', object_type: 'tag', capacity: 'member' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Tag was not found.',
    })
  })

  it('needs admin rights on the group, as for users and groups', () => {
    catalogWithTags()
    const mo = t.user('mo')
    t.call('member_create', t.sysadmin, { id: 'topic', object: 'mo', object_type: 'user', capacity: 'member' })
    const group = t.call('group_show', t.anonymous, { id: 'topic' })
    expect(t.failure('member_create', mo, { id: 'topic', object: 'rivers', object_type: 'tag', capacity: 'public' }).message).toBe(
      `Access denied: User mo not authorized to edit group ${group.id}`,
    )
    expect(t.failure('member_create', t.anonymous, { id: 'topic', object: 'rivers', object_type: 'tag', capacity: 'public' }).message).toBe(
      'Access denied: Action member_create requires an authenticated user',
    )
  })

  it('member_delete removes the tag; a deleted tag leaves nothing behind in group_show', () => {
    catalogWithTags()
    t.call('member_create', t.sysadmin, { id: 'topic', object: 'rivers', object_type: 'tag', capacity: 'public' })
    t.call('member_create', t.sysadmin, { id: 'topic', object: 'lakes', object_type: 'tag', capacity: 'public' })
    t.call('member_delete', t.sysadmin, { id: 'topic', object: 'rivers', object_type: 'tag' })
    expect(t.call('group_show', t.anonymous, { id: 'topic' }).tags.map((tag: { name: string }) => tag.name)).toEqual(['lakes'])
    t.call('package_patch', t.sysadmin, { id: 'water', tags: [] })
    t.call('tag_delete', t.sysadmin, { id: 'lakes' })
    expect(t.call('group_show', t.anonymous, { id: 'topic' }).tags).toEqual([])
  })

  it('group_patch keeps the tags; group_update drops them, as CKAN\'s group schema has no tags key', () => {
    catalogWithTags()
    t.call('member_create', t.sysadmin, { id: 'topic', object: 'rivers', object_type: 'tag', capacity: 'public' })
    t.call('group_patch', t.sysadmin, { id: 'topic', title: 'Topic' })
    const shown = t.call('group_show', t.anonymous, { id: 'topic' })
    expect(shown.tags.map((tag: { name: string }) => tag.name)).toEqual(['rivers'])
    // Even a show-then-update round trip sends the tags list in vain: CKAN's schema drops it.
    const updated = t.call('group_update', t.sysadmin, shown)
    expect(updated.tags).toEqual([])
    expect(t.call('group_show', t.anonymous, { id: 'topic' }).tags).toEqual([])
  })
})
