import { describe, expect, it } from 'vitest'
import { catalogToRelate, relationshipRows } from './relationship-fixtures.ts'

function related() {
  const fixture = catalogToRelate()
  fixture.t.call('package_relationship_create', fixture.t.sysadmin, { subject: 'alpha', object: 'beta', type: 'child_of', comment: 'old' })
  return fixture
}

describe('package_relationship_update', () => {
  it('replaces the comment and returns the relationship as stored', () => {
    const { t } = related()
    expect(t.call('package_relationship_update', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'child_of', comment: 'new' })).toEqual({
      subject: 'alpha',
      type: 'child_of',
      object: 'beta',
      comment: 'new',
    })
    expect(relationshipRows(t)).toMatchObject([{ comment: 'new', state: 'active' }])
    t.close()
  })

  it('finds the relationship in its reverse wording, and empties a comment left out', () => {
    const { t } = related()
    expect(t.call('package_relationship_update', t.sysadmin, { subject: 'beta', object: 'alpha', type: 'parent_of' })).toEqual({
      subject: 'alpha',
      type: 'child_of',
      object: 'beta',
      comment: '',
    })
    t.close()
  })

  it('takes an empty type as any type between the two datasets (CKAN filters on a truthy type only)', () => {
    const { t } = related()
    expect(t.call('package_relationship_update', t.sysadmin, { subject: 'alpha', object: 'beta', type: '', comment: 'any' }).comment).toBe('any')
    t.close()
  })

  it('requires subject, object and type', () => {
    const { t } = related()
    expect(t.failure('package_relationship_update', t.sysadmin, { subject: 'alpha' })).toEqual({
      object: ['Missing value'],
      type: ['Missing value'],
      __type: 'Validation Error',
    })
    t.close()
  })

  it('answers unknown datasets and an unknown relationship with 404', () => {
    const { t } = related()
    expect(t.failure('package_relationship_update', t.sysadmin, { subject: 'alpha', object: 'nope', type: 'child_of' }).message).toBe(
      "Not found: Object package 'nope' was not found.",
    )
    expect(t.failure('package_relationship_update', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'links_to' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: This relationship between the packages was not found.',
    })
    // An unknown type is no validation error here: CKAN's update schema ignores it, and nothing matches.
    expect(t.failure('package_relationship_update', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'bogus' }).__type).toBe('Not Found Error')
    t.close()
  })

  it('does not find a deleted relationship', () => {
    const { t } = related()
    t.call('package_relationship_delete', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'child_of' })
    expect(t.failure('package_relationship_update', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'child_of' }).__type).toBe('Not Found Error')
    t.close()
  })

  it('refuses an anonymous caller naming its own action, before looking for the relationship', () => {
    const { t } = related()
    expect(t.failure('package_relationship_update', t.anonymous, { subject: 'alpha', object: 'beta', type: 'links_to' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action package_relationship_update requires an authenticated user',
    })
    t.close()
  })

  it('refuses users who may not edit both datasets, and lets an editor of both and a sysadmin', () => {
    const { t, outsider, member, editor } = related()
    for (const [caller, name] of [[outsider, 'nina'], [member, 'mona']] as const) {
      expect(t.failure('package_relationship_update', caller, { subject: 'alpha', object: 'beta', type: 'child_of' }).message).toBe(
        `Access denied: User ${name} not authorized to edit these packages`,
      )
    }
    expect(t.call('package_relationship_update', editor, { subject: 'alpha', object: 'beta', type: 'child_of', comment: 'e' }).comment).toBe('e')
    t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'secret', type: 'links_to' })
    expect(t.failure('package_relationship_update', editor, { subject: 'alpha', object: 'secret', type: 'links_to' }).__type).toBe('Authorization Error')
    expect(t.call('package_relationship_update', t.sysadmin, { subject: 'alpha', object: 'secret', type: 'links_to', comment: 's' }).comment).toBe('s')
    t.close()
  })
})
