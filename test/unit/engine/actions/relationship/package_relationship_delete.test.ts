import { describe, expect, it } from 'vitest'
import { catalogToRelate, relationshipRows } from './relationship-fixtures.ts'

function related() {
  const fixture = catalogToRelate()
  fixture.t.call('package_relationship_create', fixture.t.sysadmin, { subject: 'alpha', object: 'hidden', type: 'depends_on' })
  return fixture
}

describe('package_relationship_delete', () => {
  it('marks the relationship deleted, found in either wording, and returns null', () => {
    const { t } = related()
    expect(t.call('package_relationship_delete', t.sysadmin, { subject: 'hidden', object: 'alpha', type: 'dependency_of' })).toBeNull()
    expect(relationshipRows(t)).toMatchObject([{ state: 'deleted' }])
    expect(t.call('package_relationships_list', t.sysadmin, { id: 'alpha' })).toEqual([])
    t.close()
  })

  it('requires subject, object and type', () => {
    const { t } = related()
    expect(t.failure('package_relationship_delete', t.anonymous, { object: 'x', type: 'y' })).toEqual({
      subject: ['Missing value'],
      __type: 'Validation Error',
    })
    t.close()
  })

  it('answers unknown datasets, an unknown relationship and a deleted one with 404, even to anonymous callers', () => {
    const { t } = related()
    expect(t.failure('package_relationship_delete', t.anonymous, { subject: 'nope', object: 'alpha', type: 'depends_on' }).message).toBe(
      "Not found: Subject package 'nope' was not found.",
    )
    expect(t.failure('package_relationship_delete', t.anonymous, { subject: 'alpha', object: 'nope', type: 'depends_on' }).message).toBe(
      "Not found: Object package 'nope' was not found.",
    )
    expect(t.failure('package_relationship_delete', t.anonymous, { subject: 'alpha', object: 'beta', type: 'depends_on' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found',
    })
    t.call('package_relationship_delete', t.sysadmin, { subject: 'alpha', object: 'hidden', type: 'depends_on' })
    expect(t.failure('package_relationship_delete', t.sysadmin, { subject: 'alpha', object: 'hidden', type: 'depends_on' }).message).toBe('Not found')
    t.close()
  })

  it('refuses an anonymous caller once the relationship is found', () => {
    const { t } = related()
    expect(t.failure('package_relationship_delete', t.anonymous, { subject: 'alpha', object: 'hidden', type: 'depends_on' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action package_relationship_delete requires an authenticated user',
    })
    t.close()
  })

  it('refuses users who may not edit both datasets, naming the relationship', () => {
    const { t, outsider, member } = related()
    const [{ id }] = relationshipRows(t)
    for (const [caller, name] of [[outsider, 'nina'], [member, 'mona']] as const) {
      expect(t.failure('package_relationship_delete', caller, { subject: 'alpha', object: 'hidden', type: 'depends_on' })).toEqual({
        __type: 'Authorization Error',
        message: `Access denied: User ${name} not authorized to delete relationship ${id}`,
      })
    }
    expect(relationshipRows(t)).toMatchObject([{ state: 'active' }])
    t.close()
  })

  it('lets an editor of both datasets delete it, and a sysadmin any', () => {
    const { t, editor } = related()
    expect(t.call('package_relationship_delete', editor, { subject: 'alpha', object: 'hidden', type: 'depends_on' })).toBeNull()
    t.call('package_relationship_create', t.sysadmin, { subject: 'lake', object: 'secret', type: 'child_of' })
    expect(t.failure('package_relationship_delete', editor, { subject: 'lake', object: 'secret', type: 'child_of' }).__type).toBe('Authorization Error')
    expect(t.call('package_relationship_delete', t.sysadmin, { subject: 'lake', object: 'secret', type: 'child_of' })).toBeNull()
    t.close()
  })
})
