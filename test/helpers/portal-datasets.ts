/**
 * Real-portal dataset dicts from shared/fixtures/ckan/package_show, put into
 * a catalog as they came: their organization, groups and tag vocabulary
 * first (the vocabulary under a local id), then the dict through
 * package_create. Works over any caller: a test engine or the HTTP API.
 */
import { existsSync, readFileSync } from 'node:fs'
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

/** One dataset dict of a fixture file (envelopes and lists unwrapped). */
export function portalDataset({ file, name }: { file: string; name: string }): Record<string, any> {
  const parsed = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8'))
  const body = parsed && typeof parsed === 'object' && 'result' in parsed ? parsed.result : parsed
  const dict = (Array.isArray(body) ? body : [body]).find((d: { name: string }) => d.name === name)
  if (!dict) throw new Error(`${name} is not in ${file}`)
  return dict
}

/** Calls an action as a sysadmin and resolves to its result. */
export type SysadminCall = (action: string, params: Record<string, unknown>) => unknown

/** Creates the dataset (with what it refers to) through actions; resolves to package_show of it. */
export async function seedPortalDataset(call: SysadminCall, fixture: { file: string; name: string }): Promise<Record<string, any>> {
  const dict = structuredClone(portalDataset(fixture))
  const org = dict.organization
  await call('organization_create', { id: org.id, name: org.name, title: org.title })
  for (const group of dict.groups ?? []) await call('group_create', { id: group.id, name: group.name, title: group.title })
  const vocabularies = new Map<string, string>()
  for (const tag of dict.tags ?? []) {
    if (!tag.vocabulary_id) continue
    if (!vocabularies.has(tag.vocabulary_id)) {
      const vocabulary = (await call('vocabulary_create', { name: `vocab-${vocabularies.size + 1}` })) as { id: string }
      vocabularies.set(tag.vocabulary_id, vocabulary.id)
    }
    tag.vocabulary_id = vocabularies.get(tag.vocabulary_id)
  }
  await call('package_create', dict)
  return (await call('package_show', { id: dict.name })) as Record<string, any>
}
