/**
 * Relationships inside dataset dicts: package_show shows them as CKAN 2.10
 * does, package_create and package_update save the lists they are sent
 * (CKAN's package_dict_save), package_delete leaves them and a purge takes
 * them. A catalog made through the real actions on a real SQLite database.
 */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../helpers/test-engine.ts'
import { catalogToRelate, relationshipRows } from '../actions/relationship/relationship-fixtures.ts'

function related() {
  const fixture = catalogToRelate()
  const { t } = fixture
  t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on', comment: 'needs it' })
  t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'lake', type: 'has_derivation' })
  return fixture
}

describe('relationships in package_show', () => {
  it('lists active rows on each side in the shape CKAN 2.10 sends: package ids under __extras, then comment, id and type', () => {
    const { t, alpha, beta, lake } = related()
    const [first, second] = relationshipRows(t)
    const shown = t.call('package_show', t.anonymous, { id: 'alpha' })
    expect(shown.relationships_as_subject).toEqual([
      { __extras: { subject_package_id: alpha.id, object_package_id: beta.id }, comment: 'needs it', id: first.id, type: 'depends_on' },
    ])
    expect(shown.relationships_as_object).toEqual([
      { __extras: { subject_package_id: lake.id, object_package_id: alpha.id }, comment: '', id: second.id, type: 'derives_from' },
    ])
    expect(Object.keys(shown.relationships_as_subject[0])).toEqual(['__extras', 'comment', 'id', 'type'])
    expect(t.call('package_show', t.anonymous, { id: 'beta' }).relationships_as_object).toHaveLength(1)
    expect(t.call('package_show', t.anonymous, { id: 'beta' }).relationships_as_subject).toEqual([])
    t.close()
  })

  it('sends the same bytes over the text path (the HTTP door) as JSON.stringify of the dict, with and without relationships', () => {
    const { t } = related()
    for (const id of ['alpha', 'beta', 'hidden']) {
      expect(t.engine.callAsJson('package_show', t.sysadmin, { id })).toBe(JSON.stringify(t.call('package_show', t.sysadmin, { id })))
    }
    t.call('package_relationship_delete', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on' })
    t.call('package_relationship_delete', t.sysadmin, { subject: 'lake', object: 'alpha', type: 'derives_from' })
    const text = t.engine.callAsJson('package_show', t.sysadmin, { id: 'alpha' })
    expect(JSON.parse(text).relationships_as_subject).toEqual([])
    expect(text).toBe(JSON.stringify(t.call('package_show', t.sysadmin, { id: 'alpha' })))
    t.close()
  })

  it('leaves out a deleted relationship and a null comment, and shows relationships in search results too', () => {
    const { t } = related()
    t.call('package_relationship_update', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on', comment: null })
    expect(t.call('package_show', t.anonymous, { id: 'alpha' }).relationships_as_subject[0]).not.toHaveProperty('comment')
    t.call('package_relationship_delete', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on' })
    expect(t.call('package_show', t.anonymous, { id: 'alpha' }).relationships_as_subject).toEqual([])
    const found = t.call('package_search', t.anonymous, { q: 'name:alpha' }).results[0]
    expect(found.relationships_as_object).toHaveLength(1)
    t.close()
  })

  it('keeps a deleted dataset\'s relationships (package_delete does not touch them, as in CKAN)', () => {
    const { t } = related()
    t.call('package_delete', t.sysadmin, { id: 'beta' })
    expect(t.call('package_show', t.anonymous, { id: 'alpha' }).relationships_as_subject).toHaveLength(1)
    expect(t.call('package_relationships_list', t.anonymous, { id: 'alpha', rel: 'depends_on' })).toEqual([
      { subject: 'alpha', type: 'depends_on', object: 'beta', comment: 'needs it' },
    ])
    // Naming the deleted dataset as the second one needs the right to read it.
    expect(t.failure('package_relationships_list', t.anonymous, { id: 'alpha', id2: 'beta' }).__type).toBe('Authorization Error')
    expect(t.call('package_relationships_list', t.sysadmin, { id: 'alpha', id2: 'beta' })).toHaveLength(1)
    t.close()
  })
})

describe('dataset_purge and relationships', () => {
  it('removes every relationship of the purged dataset, on either side and deleted ones too', () => {
    const { t, alpha } = related()
    t.call('package_relationship_create', t.sysadmin, { subject: 'beta', object: 'lake', type: 'links_to' })
    t.call('package_relationship_delete', t.sysadmin, { subject: 'alpha', object: 'lake', type: 'has_derivation' })
    t.call('dataset_purge', t.sysadmin, { id: 'alpha' })
    expect(relationshipRows(t).map((row) => [row.subject_package_id, row.object_package_id])).not.toContainEqual(expect.arrayContaining([alpha.id]))
    expect(relationshipRows(t)).toHaveLength(1)
    expect(t.call('package_show', t.anonymous, { id: 'beta' }).relationships_as_object).toEqual([])
    expect(t.call('package_relationships_list', t.anonymous, { id: 'lake' })).toEqual([{ subject: 'lake', type: 'linked_from', object: 'beta', comment: '' }])
    t.close()
  })
})

describe('relationship lists sent to package_create and package_update', () => {
  it('keeps relationships through a package_show → package_update round trip and a package_patch', () => {
    const { t } = related()
    const before = t.call('package_show', t.sysadmin, { id: 'alpha' })
    const updated = t.call('package_update', t.sysadmin, { ...before, title: 'Alpha' })
    expect(updated.relationships_as_subject).toEqual(before.relationships_as_subject)
    expect(updated.relationships_as_object).toEqual(before.relationships_as_object)
    expect(t.call('package_patch', t.sysadmin, { id: 'alpha', notes: 'n' }).relationships_as_subject).toEqual(before.relationships_as_subject)
    t.close()
  })

  it('leaves relationships alone when the dict has no relationship keys', () => {
    const { t } = related()
    t.call('package_update', t.sysadmin, { id: 'alpha', name: 'alpha', owner_org: 'rivers-org' })
    expect(t.call('package_relationships_list', t.sysadmin, { id: 'alpha' })).toHaveLength(2)
    t.close()
  })

  it('deletes the relationships of a side sent as an empty list, and only that side', () => {
    const { t } = related()
    t.call('package_update', t.sysadmin, { id: 'alpha', name: 'alpha', owner_org: 'rivers-org', relationships_as_subject: [] })
    expect(relationshipRows(t).map((row) => row.state)).toEqual(['deleted', 'active'])
    expect(t.call('package_relationships_list', t.sysadmin, { id: 'alpha' })).toEqual([
      { subject: 'alpha', type: 'has_derivation', object: 'lake', comment: '' },
    ])
    t.close()
  })

  it('changes type and comment of a row named by id; a dict without id is a new row whose other side stays empty', () => {
    const { t, alpha } = related()
    const [first] = relationshipRows(t)
    const created = t.call('package_create', t.sysadmin, {
      name: 'delta',
      owner_org: 'rivers-org',
      relationships_as_subject: [{ object: 'beta', type: 'child_of', comment: 'new' }],
    })
    expect(created.relationships_as_subject).toEqual([
      { __extras: { subject_package_id: created.id, object_package_id: null }, comment: 'new', id: expect.any(String), type: 'child_of' },
    ])
    t.call('package_patch', t.sysadmin, { id: 'alpha', relationships_as_subject: [{ id: first.id, type: 'links_to', comment: 'moved' }] })
    expect(relationshipRows(t)[0]).toMatchObject({ id: first.id, subject_package_id: alpha.id, type: 'links_to', comment: 'moved', state: 'active' })
    t.close()
  })

  it('rebuilds a relationship from the two dumped dicts that show it, as a ckanapi load into CKAN does (rows matched by id)', () => {
    const { t } = related()
    const dumped = ['alpha', 'beta'].map((id) => t.call('package_show', t.sysadmin, { id }))
    const target = testEngine()
    target.call('organization_create', target.sysadmin, { name: 'rivers-org' })
    for (const dict of dumped) {
      const { organization: _o, groups: _g, ...rest } = dict
      target.call('package_create', target.sysadmin, { ...rest, owner_org: 'rivers-org' })
    }
    expect(target.call('package_relationships_list', target.sysadmin, { id: 'alpha', id2: 'beta' })).toEqual([
      { subject: 'alpha', type: 'depends_on', object: 'beta', comment: 'needs it' },
    ])
    expect(relationshipRows(target).map((row) => row.id)).toContain(relationshipRows(t)[0].id)
    target.close()
    t.close()
  })

  it('lists a relationship with no dataset on its other side with a null name (CKAN would fail)', () => {
    const { t } = catalogToRelate()
    t.call('package_update', t.sysadmin, { id: 'alpha', name: 'alpha', owner_org: 'rivers-org', relationships_as_object: [{ type: 'parent_of' }] })
    expect(t.call('package_relationships_list', t.sysadmin, { id: 'alpha' })).toEqual([
      { subject: 'alpha', type: 'child_of', object: null, comment: null },
    ])
    t.close()
  })

  it("refuses a relationship dict without a known type, one error dict per element as for resources", () => {
    const { t } = catalogToRelate()
    const error = t.failure('package_create', t.sysadmin, {
      name: 'delta',
      owner_org: 'rivers-org',
      relationships_as_subject: [{ type: 'depends_on' }, { type: 'unknown' }, { comment: 'no type' }],
    })
    expect(error).toEqual({
      relationships_as_subject: [
        {},
        { type: ["Value must be one of ['depends_on', 'dependency_of', 'derives_from', 'has_derivation', 'links_to', 'linked_from', 'child_of', 'parent_of']"] },
        { type: ['Missing value'] },
      ],
      __type: 'Validation Error',
    })
    expect(relationshipRows(t)).toEqual([])
    t.close()
  })

  it('answers a relationship list that is not a list of dicts with an Integrity Error, as CKAN\'s navl does', () => {
    const { t } = catalogToRelate()
    const error = t.failure('package_create', t.sysadmin, { name: 'delta', owner_org: 'rivers-org', relationships_as_object: 'beta' })
    expect(error.__type).toBe('Integrity Error')
    t.close()
  })
})

describe('relationships in the activity stream', () => {
  it('records none for relationship changes, and a dataset activity keeps the relationships shown when it was written', () => {
    const { t } = related()
    const count = () => t.call('package_activity_list', t.sysadmin, { id: 'alpha' }).length
    const before = count()
    t.call('package_relationship_update', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on', comment: 'x' })
    t.call('package_relationship_delete', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on' })
    expect(count()).toBe(before)
    t.call('package_patch', t.sysadmin, { id: 'alpha', title: 'Changed' })
    t.call('package_patch', t.sysadmin, { id: 'alpha', title: 'Changed again' })
    const [latest, previous] = t.call('package_activity_list', t.sysadmin, { id: 'alpha' })
    for (const activity of [latest, previous]) {
      expect(activity.data.package.relationships_as_subject).toEqual([])
      expect(activity.data.package.relationships_as_object).toHaveLength(1)
    }
    t.close()
  })
})
