/**
 * Every real portal dataset in ../shared/fixtures/ckan (package_show dicts
 * and package_search results) loads through package_create — its
 * organization, groups and vocabularies made first — and package_show
 * gives back every field it came with. Server-managed fields may differ:
 * metadata_*, organization, creator_user_id, num_*, the license fields
 * derived from license_id, tag ids, resource positions and
 * metadata_modified, upload URLs (rewritten to this site), and what CKAN
 * itself normalises (resource size to an integer, dates to ISO, formats to
 * their register name).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { sql } from '../../../electron/engine/db/statements.ts'
import { isodate } from '../../../electron/engine/packages/isodate.ts'
import { canonicalFormat } from '../../../electron/engine/packages/resource-formats.ts'
import { testEngine, type TestEngine } from '../../helpers/test-engine.ts'

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/ckan')
type Dict = Record<string, any>

/** Every dataset dict in the fixtures, named by file (and position in a list). */
function fixtureDatasets(): [string, Dict][] {
  const found: [string, Dict][] = []
  for (const folder of ['package_show', 'package_search']) {
    for (const file of readdirSync(join(fixturesDir, folder)).sort()) {
      const body = JSON.parse(readFileSync(join(fixturesDir, folder, file), 'utf8'))
      const result = Array.isArray(body) ? body : 'result' in body ? body.result : body
      const dicts: Dict[] = Array.isArray(result) ? result : Array.isArray(result.results) ? result.results : [result]
      dicts.forEach((dict, i) => found.push([dicts.length > 1 ? `${folder}/${file} #${i}` : `${folder}/${file}`, dict]))
    }
  }
  return found
}

const derived = new Set([
  'metadata_created', 'metadata_modified', 'organization', 'creator_user_id', 'num_resources', 'num_tags',
  'license_title', 'license_url', 'isopen', 'resources', 'tags', 'groups', 'extras',
])

/** The organization, groups and vocabularies a dataset refers to, made as a sysadmin. */
function prepare(t: TestEngine, dict: Dict): void {
  const org = dict.organization
  if (org) {
    t.call('organization_create', t.sysadmin, {
      id: org.id, name: org.name, title: org.title, description: org.description ?? '', image_url: org.image_url ?? '',
    })
  }
  for (const group of dict.groups ?? []) {
    const image = typeof group.image_display_url === 'string' && /^https?:/.test(group.image_display_url) ? group.image_display_url : ''
    t.call('group_create', t.sysadmin, {
      id: group.id, name: group.name, title: group.title, description: group.description ?? '', image_url: image,
    })
  }
  // vocabulary_create does not take an id (as in CKAN), so the portal's vocabularies are made directly.
  for (const tag of dict.tags ?? []) {
    if (tag.vocabulary_id) {
      sql(t.engine.db, 'INSERT OR IGNORE INTO vocabularies (id, name) VALUES (?, ?)').run(tag.vocabulary_id, `vocab-${tag.vocabulary_id}`)
    }
  }
}

function expectResource(shown: Dict, sent: Dict, where: string): void {
  for (const [key, value] of Object.entries(sent)) {
    const mine = shown[key]
    const at = `${where}.${key}`
    if (key === 'metadata_modified' || key === 'position') continue
    else if (key === 'url' && sent.url_type === 'upload') expect(mine.split('/').pop(), at).toBe(String(value).split('/').pop())
    else if (key === 'size' && value !== null && value !== '') expect(mine, at).toBe(Number(value))
    else if (key === 'format' && typeof value === 'string') expect(mine, at).toBe(canonicalFormat(value))
    else if (['created', 'last_modified', 'cache_last_updated'].includes(key)) expect(mine, at).toBe(isodate(value))
    else expect(mine, at).toEqual(value)
  }
}

const byKey = (a: Dict, b: Dict) => (String(a.key) < String(b.key) ? -1 : 1)

function expectRoundTrip(shown: Dict, sent: Dict): void {
  for (const [key, value] of Object.entries(sent)) {
    if (!derived.has(key)) expect(shown[key], key).toEqual(value)
  }
  const resources = sent.resources ?? []
  expect(shown.resources, 'resources').toHaveLength(resources.length)
  resources.forEach((resource: Dict, i: number) => expectResource(shown.resources[i], resource, `resources[${i}]`))
  const tagsOf = (tags: Dict[]) => tags.map((tag) => `${tag.vocabulary_id ?? ''}/${tag.name}`).sort()
  expect(tagsOf(shown.tags), 'tags').toEqual(tagsOf(sent.tags ?? []))
  expect(shown.extras, 'extras').toEqual([...(sent.extras ?? [])].sort(byKey))
  const groups = [...(sent.groups ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1))
  const mine = [...shown.groups].sort((a: Dict, b: Dict) => (a.id < b.id ? -1 : 1))
  expect(mine, 'groups').toHaveLength(groups.length)
  groups.forEach((group, i) => {
    for (const [key, value] of Object.entries(group)) expect(mine[i][key], `groups[${i}].${key}`).toEqual(value ?? '')
  })
}

describe.skipIf(!existsSync(fixturesDir))('real portal datasets round-trip through package_create and package_show', () => {
  for (const [name, dict] of existsSync(fixturesDir) ? fixtureDatasets() : []) {
    it(name, () => {
      // One of the portals (demo.ckan.org) holds datasets with no organization.
      const t = testEngine({ config: { createUnownedDataset: true } })
      try {
        prepare(t, dict)
        const created = t.call('package_create', t.sysadmin, structuredClone(dict))
        expect(created.id).toBe(dict.id)
        const shown = t.call('package_show', t.anonymous, { id: dict.id })
        expectRoundTrip(shown, dict)
        // The HTTP door's text path (stored JSON spliced, not re-serialised) gives the same bytes.
        expect(t.engine.callAsJson('package_show', t.anonymous, { id: dict.id })).toBe(JSON.stringify(shown))
      } finally {
        t.close()
      }
    })
  }
})
