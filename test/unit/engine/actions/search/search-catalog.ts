/**
 * A small catalog for search tests, made through engine actions: three
 * organizations, two groups, users with different roles, public, private,
 * draft and deleted datasets.
 */
import type { Caller } from '../../../../../electron/engine/engine.ts'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

export type SearchCatalog = {
  t: TestEngine
  /** Member of health-dept. */
  alice: Caller
  /** Editor of transport-dept. */
  bob: Caller
  /** In no organization. */
  carol: Caller
  /** Member of env-agency. */
  dave: Caller
  /** Names of the public active datasets. */
  publicNames: string[]
  /** Calls package_search and returns the result. */
  search(caller: Caller, params?: Record<string, unknown>): any
  /** The sorted names package_search returns (rows=1000). */
  names(caller: Caller, params?: Record<string, unknown>): string[]
}

/** Builds the catalog on a fresh engine. */
export function searchCatalog(): SearchCatalog {
  const t = testEngine()
  const admin = t.sysadmin
  const alice = t.user('alice')
  const bob = t.user('bob')
  const carol = t.user('carol')
  const dave = t.user('dave')
  t.call('organization_create', admin, { name: 'transport-dept', title: 'Transport Department' })
  t.call('organization_create', admin, { name: 'health-dept', title: 'Health Department' })
  t.call('organization_create', admin, { name: 'env-agency', title: 'Environment Agency' })
  t.call('organization_member_create', admin, { id: 'health-dept', username: 'alice', role: 'member' })
  t.call('organization_member_create', admin, { id: 'transport-dept', username: 'bob', role: 'editor' })
  t.call('organization_member_create', admin, { id: 'env-agency', username: 'dave', role: 'member' })
  t.call('group_create', admin, { name: 'roads', title: 'Roads and Streets' })
  t.call('group_create', admin, { name: 'climate', title: 'Climate' })
  const create = (dict: Record<string, unknown>) => t.call('package_create', admin, dict)
  create({
    name: 'bus-stops',
    title: 'Bus stops',
    owner_org: 'transport-dept',
    notes: 'Locations of all bus stops in the city',
    author: 'Ada Author',
    license_id: 'cc-by',
    tags: [{ name: 'transport' }, { name: 'bus' }, { name: 'open data' }],
    groups: [{ name: 'roads' }],
    extras: [{ key: 'frequency', value: 'monthly' }],
    resources: [{ name: 'Stops CSV', description: 'All stops', format: 'CSV', url: 'http://example.org/stops.csv' }],
  })
  create({
    name: 'traffic-counts',
    title: 'Traffic counts 2024',
    owner_org: 'transport-dept',
    notes: 'Hourly vehicle counts at junctions',
    license_id: 'odc-odbl',
    tags: [{ name: 'transport' }, { name: 'traffic' }],
    groups: [{ name: 'roads' }],
    extras: [{ key: 'frequency', value: 'daily' }],
    resources: [
      { name: 'Counts', format: 'CSV', url: 'http://example.org/counts.csv' },
      { name: 'Counts API', format: 'JSON', url: 'http://example.org/counts.json' },
    ],
  })
  create({
    name: 'road-works-private',
    title: 'Planned road works',
    owner_org: 'transport-dept',
    private: true,
    tags: [{ name: 'roads' }, { name: 'transport' }],
    resources: [{ name: 'Works', format: 'XLSX', url: 'http://example.org/works.xlsx' }],
  })
  create({
    name: 'hospital-beds',
    title: 'Hospital beds',
    owner_org: 'health-dept',
    notes: 'Bed occupancy in hospitals; flooding of wards',
    license_id: 'cc-by',
    tags: [{ name: 'health' }],
    resources: [{ name: 'Beds', format: 'CSV', url: 'http://example.org/beds.csv' }],
  })
  create({
    name: 'health-survey-private',
    title: 'Health survey',
    owner_org: 'health-dept',
    private: true,
    license_id: 'notspecified',
    tags: [{ name: 'health' }, { name: 'survey' }],
    resources: [{ name: 'Survey', format: 'PDF', url: 'http://example.org/survey.pdf' }],
  })
  create({
    name: 'flood-risk',
    title: 'Flooding risk areas',
    owner_org: 'env-agency',
    notes: 'Areas at risk of floods near the river in Zürich',
    license_id: 'cc-by',
    update_frequency: 'weekly',
    tags: [{ name: 'environment' }, { name: 'water' }, { name: 'health' }],
    groups: [{ name: 'climate' }],
    extras: [{ key: 'spatial', value: 'Europe' }],
    resources: [
      { name: 'Risk areas', format: 'GeoJSON', url: 'http://example.org/risk.geojson' },
      { name: 'Risk table', format: 'CSV', url: 'http://example.org/risk.csv' },
    ],
  })
  create({
    name: 'air-quality',
    title: 'Air quality',
    owner_org: 'env-agency',
    notes: 'Nitrogen dioxide measurements',
    tags: [{ name: 'environment' }, { name: 'air' }],
    groups: [{ name: 'climate' }],
  })
  create({ name: 'noise-draft', title: 'Draft noise map', owner_org: 'env-agency', state: 'draft', tags: [{ name: 'environment' }] })
  create({ name: 'old-ferry', title: 'Old ferry timetable', owner_org: 'transport-dept', tags: [{ name: 'transport' }] })
  t.call('package_delete', admin, { id: 'old-ferry' })

  const search = (caller: Caller, params: Record<string, unknown> = {}) => t.call('package_search', caller, params)
  return {
    t,
    alice,
    bob,
    carol,
    dave,
    publicNames: ['air-quality', 'bus-stops', 'flood-risk', 'hospital-beds', 'traffic-counts'],
    search,
    names: (caller, params = {}) =>
      (search(caller, { rows: 1000, ...params }).results as { name: string }[]).map((r) => r.name).sort(),
  }
}
