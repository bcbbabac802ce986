import { describe, expect, it } from 'vitest'
import { catalogToFollow } from './follow-fixtures.ts'

function followEverything(f: ReturnType<typeof catalogToFollow>) {
  const { t, alice } = f
  t.call('follow_user', alice, { id: 'bob' })
  t.call('follow_dataset', alice, { id: 'open-data' })
  t.call('follow_group', alice, { id: 'water-group' })
  t.call('follow_group', alice, { id: 'rivers-org' })
}

describe('followee_list', () => {
  it('lists everything the user follows by display name (code points, as Python sorts), each with its type and dict', () => {
    const f = catalogToFollow()
    followEverything(f)
    const list = f.t.call('followee_list', f.alice, { id: 'alice' })
    expect(list.map((item: any) => [item.type, item.display_name])).toEqual([
      ['dataset', 'Open data'],
      ['organization', 'Rivers'],
      ['group', 'Water'],
      ['user', 'bob'],
    ])
    expect(list[0].dict).toMatchObject({ name: 'open-data', resources: [] })
    expect(list[2].dict).toMatchObject({ name: 'water-group', packages: [], package_count: 0 })
    expect(list[2].dict).not.toHaveProperty('num_followers')
    f.t.close()
  })

  it('filters by the start of the display name, ignoring case', () => {
    const f = catalogToFollow()
    followEverything(f)
    expect(f.t.call('followee_list', f.alice, { id: 'alice', q: ' RI ' }).map((item: any) => item.display_name)).toEqual(['Rivers'])
    expect(f.t.call('followee_list', f.alice, { id: 'alice', q: 'zzz' })).toEqual([])
    f.t.close()
  })

  it('is for the user and sysadmins only; the id is checked first', () => {
    const f = catalogToFollow()
    expect(f.t.failure('followee_list', f.bob, { id: 'alice' })).toEqual({ __type: 'Authorization Error', message: 'Access denied: Not authorized' })
    expect(f.t.failure('followee_list', f.t.anonymous, { id: 'alice' }).message).toBe('Access denied: Not authorized')
    expect(f.t.failure('followee_list', f.t.anonymous, { id: 'nope' })).toEqual({ id: ['Not found: User'], __type: 'Validation Error' })
    expect(f.t.call('followee_list', f.t.sysadmin, { id: 'alice' })).toEqual([])
    f.t.close()
  })

  it('never shows a private dataset to a follower who cannot read it', () => {
    const f = catalogToFollow()
    f.t.call('follow_dataset', f.carol, { id: 'secret-data' })
    expect(f.t.call('dataset_followee_list', f.carol, { id: 'carol' }).map((d: any) => d.name)).toEqual(['secret-data'])
    f.t.call('organization_member_delete', f.t.sysadmin, { id: 'rivers-org', username: 'carol' })
    expect(f.t.call('dataset_followee_list', f.carol, { id: 'carol' })).toEqual([])
    expect(f.t.call('followee_list', f.carol, { id: 'carol' })).toEqual([])
    expect(f.t.call('dataset_followee_list', f.t.sysadmin, { id: 'carol' }).map((d: any) => d.name)).toEqual(['secret-data'])
    f.t.close()
  })
})

describe('user_/dataset_/group_/organization_followee_list', () => {
  it('list one kind each; groups and organizations apart', () => {
    const f = catalogToFollow()
    followEverything(f)
    const names = (action: string) => f.t.call(action, f.alice, { id: 'alice' }).map((d: any) => d.name)
    expect(names('user_followee_list')).toEqual(['bob'])
    expect(names('dataset_followee_list')).toEqual(['open-data'])
    expect(names('group_followee_list')).toEqual(['water-group'])
    expect(names('organization_followee_list')).toEqual(['rivers-org'])
    f.t.close()
  })

  it('check auth on the id as sent, before the schema', () => {
    const f = catalogToFollow()
    expect(f.t.failure('user_followee_list', f.t.anonymous, { id: 'nope' }).message).toBe('Access denied: Not authorized')
    expect(f.t.failure('group_followee_list', f.bob, { id: 'nope' }).message).toBe('Access denied: Not authorized')
    expect(f.t.failure('group_followee_list', f.t.sysadmin, { id: 'nope' })).toEqual({ id: ['Not found: User'], __type: 'Validation Error' })
    f.t.close()
  })
})

describe('followee_count and *_followee_count', () => {
  it('count for anyone; group_followee_count counts groups, organization_followee_count organizations', () => {
    const f = catalogToFollow()
    followEverything(f)
    const id = f.alice.user!.id
    expect(f.t.call('followee_count', f.t.anonymous, { id })).toBe(4)
    expect(f.t.call('user_followee_count', f.t.anonymous, { id: 'alice' })).toBe(1)
    expect(f.t.call('dataset_followee_count', f.t.anonymous, { id: 'alice' })).toBe(1)
    expect(f.t.call('group_followee_count', f.t.anonymous, { id: 'alice' })).toBe(1)
    expect(f.t.call('organization_followee_count', f.t.anonymous, { id: 'alice' })).toBe(1)
    f.t.close()
  })

  it('followee_count, as CKAN 2.10, counts only followed users when given a name', () => {
    const f = catalogToFollow()
    followEverything(f)
    expect(f.t.call('followee_count', f.t.anonymous, { id: 'alice' })).toBe(1)
    expect(f.t.failure('followee_count', f.t.anonymous, { id: 'nope' })).toEqual({ id: ['Not found: User'], __type: 'Validation Error' })
    f.t.close()
  })
})
