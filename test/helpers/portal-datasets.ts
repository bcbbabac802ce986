/**
 * Real-portal dataset dicts from shared/fixtures/ckan/package_show, put into
 * a catalog as they came: their organization, groups and tag vocabulary
 * first (the vocabulary under a local id), then the dict through
 * package_create. Works over any caller: a test engine or the HTTP API.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/ckan/package_show')

/** HDX: all six tags in one tag vocabulary. */
export const hdxVocabularyTags = { file: 'package_show-result.hdx.2022-12.tag-vocabulary-uploads-custom-fields.json', name: 'unesco-data-for-zimbabwe' }

/** catalog.data.gov (data.json harvest): array and boolean extras, null author/url/version. */
export const dataGovNonStringExtras = {
  file: 'package-list.catalog-data-gov.2015.datajson-harvested-3-datasets.json',
  name: 'hud-subprime-and-manufactured-home-lender-list-37073',
}

/** True when the shared fixtures are present (tests skip otherwise). */
export const haveFixtures = existsSync(fixturesDir)

/** Every real-portal dataset dict in shared/fixtures/ckan/package_show, in file order (envelopes and lists unwrapped). */
export function portalDatasets(): { file: string; dict: Record<string, any> }[] {
  if (!haveFixtures) return []
  const out: { file: string; dict: Record<string, any> }[] = []
  for (const file of readdirSync(fixturesDir).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8'))
    const body = parsed && typeof parsed === 'object' && 'result' in parsed ? parsed.result : parsed
    for (const dict of Array.isArray(body) ? body : [body]) out.push({ file, dict })
  }
  return out
}

/** One dataset dict of a fixture file. */
export function portalDataset({ file, name }: { file: string; name: string }): Record<string, any> {
  const found = portalDatasets().find((entry) => entry.file === file && entry.dict.name === name)
  if (!found) throw new Error(`${name} is not in ${file}`)
  return found.dict
}

/** Calls an action as a sysadmin and gives its result (or a promise of it, over HTTP). */
export type SysadminCall = (action: string, params: Record<string, unknown>) => unknown

/**
 * Creates what a real-portal dict refers to and the dataset itself: its
 * organization and groups (unless `exists` knows their names), its tag
 * vocabularies (under local ids, remembered in `vocabularies` across calls);
 * a dict without an organization is created unowned. Resolves to its name.
 */
export async function createPortalDataset(
  call: SysadminCall,
  source: Record<string, any>,
  exists: (name: string) => boolean | Promise<boolean> = () => false,
  vocabularies = new Map<string, string>(),
): Promise<string> {
  const dict = structuredClone(source)
  const org = dict.organization
  if (org && !(await exists(org.name))) await call('organization_create', { id: org.id, name: org.name, title: org.title, description: org.description ?? '' })
  if (!org) dict.owner_org = null
  for (const group of dict.groups ?? []) if (!(await exists(group.name))) await call('group_create', { id: group.id, name: group.name, title: group.title })
  for (const tag of dict.tags ?? []) {
    if (!tag.vocabulary_id) continue
    if (!vocabularies.has(tag.vocabulary_id)) {
      const vocabulary = (await call('vocabulary_create', { name: `vocab-${vocabularies.size + 1}` })) as { id: string }
      vocabularies.set(tag.vocabulary_id, vocabulary.id)
    }
    tag.vocabulary_id = vocabularies.get(tag.vocabulary_id)
  }
  return ((await call('package_create', dict)) as { name: string }).name
}

/** Creates one fixture dataset (with what it refers to) through actions; resolves to package_show of it. */
export async function seedPortalDataset(call: SysadminCall, fixture: { file: string; name: string }): Promise<Record<string, any>> {
  const name = await createPortalDataset(call, portalDataset(fixture))
  return (await call('package_show', { id: name })) as Record<string, any>
}
