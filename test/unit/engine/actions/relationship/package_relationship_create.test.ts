import { describe, expect, it } from 'vitest'
import { catalogToRelate, relationshipRows } from './relationship-fixtures.ts'

const typeList =
  "Value must be one of ['depends_on', 'dependency_of', 'derives_from', 'has_derivation', 'links_to', 'linked_from', 'child_of', 'parent_of']"

describe('package_relationship_create', () => {
  it('relates two datasets by name and returns the relationship as stored, with dataset names', () => {
    const { t, alpha, beta } = catalogToRelate()
    const result = t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: beta.id, type: 'depends_on', comment: 'needs it' })
    expect(result).toEqual({ subject: 'alpha', type: 'depends_on', object: 'beta', comment: 'needs it' })
    expect(relationshipRows(t)).toEqual([
      { id: expect.any(String), subject_package_id: alpha.id, object_package_id: beta.id, type: 'depends_on', comment: 'needs it', state: 'active' },
    ])
    t.close()
  })

  it('stores a reverse type as its forward pair with the datasets swapped, and answers so', () => {
    const { t, alpha, beta } = catalogToRelate()
    expect(t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'parent_of' })).toEqual({
      subject: 'beta',
      type: 'child_of',
      object: 'alpha',
      comment: '',
    })
    expect(relationshipRows(t)).toMatchObject([{ subject_package_id: beta.id, object_package_id: alpha.id, type: 'child_of' }])
    t.close()
  })

  it('replaces only the comment of a relationship the datasets already have, in either wording', () => {
    const { t } = catalogToRelate()
    t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on', comment: 'first' })
    const again = t.call('package_relationship_create', t.sysadmin, { subject: 'beta', object: 'alpha', type: 'dependency_of', comment: 'second' })
    expect(again).toEqual({ subject: 'alpha', type: 'depends_on', object: 'beta', comment: 'second' })
    // A comment left out becomes "" (CKAN's data_dict.get('comment', u'')).
    expect(t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on' }).comment).toBe('')
    expect(relationshipRows(t)).toHaveLength(1)
    t.close()
  })

  it('brings back a deleted relationship of the same wording, keeping its comment unless a new one is given', () => {
    const { t } = catalogToRelate()
    t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'links_to', comment: 'kept' })
    const [{ id }] = relationshipRows(t)
    t.call('package_relationship_delete', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'links_to' })
    expect(t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'links_to' }).comment).toBe('kept')
    expect(relationshipRows(t)).toMatchObject([{ id, state: 'active', comment: 'kept' }])
    t.close()
  })

  it('makes a new row when a relationship deleted under a reverse wording is made again (CKAN finds no deleted one)', () => {
    const { t } = catalogToRelate()
    t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'linked_from' })
    t.call('package_relationship_delete', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'linked_from' })
    t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'linked_from' })
    expect(relationshipRows(t).map((row) => row.state)).toEqual(['deleted', 'active'])
    t.close()
  })

  it('records no activity and leaves both datasets unmodified', () => {
    const { t, alpha, beta } = catalogToRelate()
    const before = t.call('package_activity_list', t.sysadmin, { id: 'alpha' }).length
    t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'child_of' })
    expect(t.call('package_activity_list', t.sysadmin, { id: 'alpha' })).toHaveLength(before)
    expect(t.call('package_show', t.sysadmin, { id: 'alpha' }).metadata_modified).toBe(alpha.metadata_modified)
    expect(t.call('package_show', t.sysadmin, { id: 'beta' }).metadata_modified).toBe(beta.metadata_modified)
    t.close()
  })

  it('requires subject, object and type before anything else', () => {
    const { t } = catalogToRelate()
    expect(t.failure('package_relationship_create', t.anonymous, {})).toEqual({
      subject: ['Missing value'],
      object: ['Missing value'],
      type: ['Missing value'],
      __type: 'Validation Error',
    })
    expect(t.failure('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta' })).toEqual({
      type: ['Missing value'],
      __type: 'Validation Error',
    })
    t.close()
  })

  it('answers an unknown subject or object with 404, naming the value as Python prints it', () => {
    const { t } = catalogToRelate()
    expect(t.failure('package_relationship_create', t.anonymous, { subject: 'nope', object: 'beta', type: 'depends_on' })).toEqual({
      __type: 'Not Found Error',
      message: "Not found: Subject package 'nope' was not found.",
    })
    expect(t.failure('package_relationship_create', t.sysadmin, { subject: 'alpha', object: "o'clock", type: 'x' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Object package "o\'clock" was not found.',
    })
    expect(t.failure('package_relationship_create', t.sysadmin, { subject: null, object: 'beta', type: 'x' }).message).toBe(
      'Not found: Subject package None was not found.',
    )
    t.close()
  })

  it('refuses an unknown or empty type, and an id, with CKAN\'s messages', () => {
    const { t } = catalogToRelate()
    expect(t.failure('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'sibling_of' })).toEqual({
      type: [typeList],
      __type: 'Validation Error',
    })
    expect(t.failure('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: '', id: 'mine' })).toEqual({
      id: ['The input field id was not expected.'],
      type: ['Missing value'],
      __type: 'Validation Error',
    })
    expect(relationshipRows(t)).toEqual([])
    t.close()
  })

  it('validates before it checks the caller: an anonymous caller with a bad type gets the 409', () => {
    const { t } = catalogToRelate()
    expect(t.failure('package_relationship_create', t.anonymous, { subject: 'alpha', object: 'beta', type: 'bad' }).__type).toBe('Validation Error')
    t.close()
  })

  it('refuses an anonymous caller', () => {
    const { t } = catalogToRelate()
    expect(t.failure('package_relationship_create', t.anonymous, { subject: 'alpha', object: 'beta', type: 'depends_on' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action package_relationship_create requires an authenticated user',
    })
    t.close()
  })

  it('refuses a user of neither organization and a member who may not edit', () => {
    const { t, outsider, member } = catalogToRelate()
    expect(t.failure('package_relationship_create', outsider, { subject: 'alpha', object: 'beta', type: 'depends_on' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User nina not authorized to edit these packages',
    })
    expect(t.failure('package_relationship_create', member, { subject: 'alpha', object: 'beta', type: 'depends_on' }).message).toBe(
      'Access denied: User mona not authorized to edit these packages',
    )
    expect(relationshipRows(t)).toEqual([])
    t.close()
  })

  it('lets an editor relate datasets of her organization, private ones included', () => {
    const { t, editor } = catalogToRelate()
    expect(t.call('package_relationship_create', editor, { subject: 'hidden', object: 'alpha', type: 'derives_from' })).toEqual({
      subject: 'hidden',
      type: 'derives_from',
      object: 'alpha',
      comment: '',
    })
    t.close()
  })

  it('refuses an editor when she may not edit the other dataset, whichever side it is on', () => {
    const { t, editor } = catalogToRelate()
    for (const [subject, object] of [['alpha', 'lake'], ['lake', 'alpha'], ['alpha', 'secret']]) {
      expect(t.failure('package_relationship_create', editor, { subject, object, type: 'links_to' }).message).toBe(
        'Access denied: User edith not authorized to edit these packages',
      )
    }
    t.close()
  })

  it('lets a sysadmin relate datasets of any organization, private and deleted ones included', () => {
    const { t } = catalogToRelate()
    t.call('package_delete', t.sysadmin, { id: 'lake' })
    expect(t.call('package_relationship_create', t.sysadmin, { subject: 'secret', object: 'lake', type: 'has_derivation' })).toEqual({
      subject: 'lake',
      type: 'derives_from',
      object: 'secret',
      comment: '',
    })
    t.close()
  })
})
