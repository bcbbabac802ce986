/**
 * Each relationship type is a search field of the datasets' names, as CKAN's
 * index.py and schema.xml make it (a text field): package_search finds a
 * dataset by the names it relates to, from its own side.
 */
import { describe, expect, it } from 'vitest'
import { rebuildSearchIndex } from '../../../../electron/engine/search/rebuild.ts'
import { catalogToRelate } from '../actions/relationship/relationship-fixtures.ts'

const names = (t: ReturnType<typeof catalogToRelate>['t'], fq: string) =>
  t.call('package_search', t.sysadmin, { fq, include_private: true, sort: 'name asc' }).results.map((d: { name: string }) => d.name)

describe('relationship fields in package_search', () => {
  it('indexes each side under its own wording, and drops a deleted relationship', () => {
    const { t } = catalogToRelate()
    t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on' })
    t.call('package_relationship_create', t.sysadmin, { subject: 'hidden', object: 'beta', type: 'dependency_of' })
    expect(names(t, 'depends_on:beta')).toEqual(['alpha'])
    expect(names(t, 'dependency_of:alpha')).toEqual(['beta'])
    // "hidden dependency_of beta" is stored as "beta depends_on hidden".
    expect(names(t, 'depends_on:hidden')).toEqual(['beta'])
    expect(names(t, 'dependency_of:beta')).toEqual(['hidden'])
    expect(names(t, 'depends_on:*')).toEqual(['alpha', 'beta'])
    t.call('package_relationship_delete', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'depends_on' })
    expect(names(t, 'depends_on:beta')).toEqual([])
    expect(names(t, 'dependency_of:alpha')).toEqual([])
    t.close()
  })

  it('matches words of a name, as a text field does, and survives a rebuild of the index', () => {
    const { t } = catalogToRelate()
    t.call('package_create', t.sysadmin, { name: 'river-flow-2020', owner_org: 'rivers-org' })
    t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'river-flow-2020', type: 'derives_from' })
    expect(names(t, 'derives_from:river')).toEqual(['alpha'])
    expect(names(t, 'has_derivation:alpha')).toEqual(['river-flow-2020'])
    rebuildSearchIndex(t.engine, { batchSize: 2 })
    expect(names(t, 'derives_from:river')).toEqual(['alpha'])
    expect(names(t, 'has_derivation:alpha')).toEqual(['river-flow-2020'])
    t.close()
  })

  it('forgets a purged dataset on the other side', () => {
    const { t } = catalogToRelate()
    t.call('package_relationship_create', t.sysadmin, { subject: 'alpha', object: 'beta', type: 'child_of' })
    t.call('dataset_purge', t.sysadmin, { id: 'beta' })
    expect(names(t, 'child_of:beta')).toEqual([])
    t.close()
  })
})
