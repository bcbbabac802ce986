import { describe, expect, it } from 'vitest'
import { catalogToRelate } from './relationship-fixtures.ts'

function related() {
  const fixture = catalogToRelate()
  const { t } = fixture
  t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on', comment: 'a' })
  t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'lake', type: 'parent_of', comment: 'b' })
  t.call('package_relationship_create', t.sysadmin, { subject: 'hidden', object: 'alpha', type: 'links_to' })
  return fixture
}

describe('package_relationships_list', () => {
  it("lists a dataset's active relationships worded from its side, in the order they were made", () => {
    const { t } = related()
    expect(t.call('package_relationships_list', t.anonymous, { id: 'alpha' })).toEqual([
      { subject: 'alpha', type: 'depends_on', object: 'beta', comment: 'a' },
      { subject: 'alpha', type: 'parent_of', object: 'lake', comment: 'b' },
      { subject: 'alpha', type: 'linked_from', object: 'hidden', comment: '' },
    ])
    expect(t.call('package_relationships_list', t.anonymous, { id: 'lake' })).toEqual([
      { subject: 'lake', type: 'child_of', object: 'alpha', comment: 'b' },
    ])
    t.call('package_relationship_delete', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on' })
    expect(t.call('package_relationships_list', t.anonymous, { id: 'beta' })).toEqual([])
    t.close()
  })

  it('narrows to a second dataset and to a type seen from the first, "relationships" meaning any', () => {
    const { t } = related()
    expect(t.call('package_relationships_list', t.anonymous, { id: 'alpha', id2: 'lake' })).toEqual([
      { subject: 'alpha', type: 'parent_of', object: 'lake', comment: 'b' },
    ])
    expect(t.call('package_relationships_list', t.anonymous, { id: 'alpha', rel: 'linked_from' })).toHaveLength(1)
    expect(t.call('package_relationships_list', t.anonymous, { id: 'alpha', id2: 'beta', rel: 'relationships' })).toHaveLength(1)
    t.close()
  })

  it('answers a type with no relationship with 404, as CKAN words it', () => {
    const { t } = related()
    expect(t.failure('package_relationships_list', t.anonymous, { id: 'alpha', rel: 'child_of' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Relationship "alpha child_of None" not found.',
    })
    expect(t.failure('package_relationships_list', t.anonymous, { id: 'alpha', id2: 'beta', rel: 'dependency_of' }).message).toBe(
      'Not found: Relationship "alpha dependency_of beta" not found.',
    )
    t.close()
  })

  it('requires an id and answers unknown datasets with 404', () => {
    const { t } = related()
    expect(t.failure('package_relationships_list', t.anonymous, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('package_relationships_list', t.anonymous, { id: 'nope' }).message).toBe('Not found: First package named in request was not found.')
    expect(t.failure('package_relationships_list', t.anonymous, { id: 'alpha', id2: 'nope' }).message).toBe(
      'Not found: Second package named in address was not found.',
    )
    t.close()
  })

  it('refuses callers who may not read a private dataset, the first or the second', () => {
    const { t, outsider } = related()
    expect(t.failure('package_relationships_list', t.anonymous, { id: 'hidden' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User  not authorized to read these packages',
    })
    expect(t.failure('package_relationships_list', outsider, { id: 'alpha', id2: 'hidden' }).message).toBe(
      'Access denied: User nina not authorized to read these packages',
    )
    t.close()
  })

  it("lets a member of the private dataset's organization, an editor and a sysadmin read it", () => {
    const { t, member, editor } = related()
    const expected = [{ subject: 'hidden', type: 'links_to', object: 'alpha', comment: '' }]
    expect(t.call('package_relationships_list', member, { id: 'hidden' })).toEqual(expected)
    expect(t.call('package_relationships_list', editor, { id: 'hidden', id2: 'alpha' })).toEqual(expected)
    expect(t.call('package_relationships_list', t.sysadmin, { id: 'hidden' })).toEqual(expected)
    t.close()
  })
})
