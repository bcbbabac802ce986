/**
 * Lines exactly as ckanapi writes them (ckanapi/cli/dump.py, utils.py
 * compact_json: json.dumps with ensure_ascii=False, separators (',', ':'),
 * sort_keys=True) load into Shelfmark, Shelfmark's dump writes them the same
 * way, and load's -n/-o behave as ckanapi's --create-only/--update-only
 * (ckanapi/tests/test_cli_load.py: test_create_only, test_update_only,
 * test_create_bad_option, test_update_bad_option).
 */
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { jsonLine } from '../../electron/cli/jsonl.ts'
import { Engine } from '../../electron/engine/engine.ts'
import { ensureSiteUser } from '../../electron/engine/users/site-user.ts'
import { runCli, tempDataDir } from './run-cli.ts'

const dir = tempDataDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const orgId = '5b3f7c1e-0000-4000-8000-00000000000a'
const datasetId = '7c9e6679-7425-40de-944b-e07fc1f90ae7'
const resourceId = '0f1e2d3c-0000-4000-8000-00000000000b'

/** `ckanapi dump organizations` of a CKAN 2.10 site, one line. */
const orgLine = `{"approval_status":"approved","created":"2023-01-05T10:00:00.000000","description":"Gauges","display_name":"River Authority","id":"${orgId}","image_display_url":"","image_url":"","is_organization":true,"name":"river-authority","num_followers":0,"package_count":1,"state":"active","title":"River Authority","type":"organization","users":[]}`
/** `ckanapi dump datasets` of the same site: package_show, with what CKAN computes (organization, num_*, an upload's full URL). */
const datasetLine = `{"author":null,"author_email":null,"creator_user_id":"0a1b2c3d-0000-4000-8000-000000000001","extras":[{"key":"frequency","value":"daily"}],"groups":[],"id":"${datasetId}","isopen":true,"license_id":"cc-by","license_title":"Creative Commons Attribution","license_url":"http://www.opendefinition.org/licenses/cc-by","maintainer":null,"maintainer_email":null,"metadata_created":"2023-01-05T10:00:00.000000","metadata_modified":"2023-02-01T08:30:00.000000","name":"river-levels","notes":"Niveles del río — ñandú","num_resources":1,"num_tags":1,"organization":{"approval_status":"approved","created":"2023-01-05T10:00:00.000000","description":"Gauges","id":"${orgId}","image_url":"","is_organization":true,"name":"river-authority","revision_id":"x","state":"active","title":"River Authority","type":"organization"},"owner_org":"${orgId}","private":false,"relationships_as_object":[],"relationships_as_subject":[],"resources":[{"cache_last_updated":null,"cache_url":null,"created":"2023-01-05T10:00:00.000000","datastore_active":false,"description":"","format":"CSV","hash":"","id":"${resourceId}","last_modified":null,"metadata_modified":"2023-01-05T10:00:00.000000","mimetype":"text/csv","mimetype_inner":null,"name":"Levels","package_id":"${datasetId}","position":0,"resource_type":null,"size":1234,"state":"active","url":"https://source.example.org/dataset/${datasetId}/resource/${resourceId}/download/levels.csv","url_type":"upload"}],"state":"active","tags":[{"display_name":"water","id":"a1a1a1a1-0000-4000-8000-000000000001","name":"water","state":"active","vocabulary_id":null}],"title":"River levels","type":"dataset","url":"","version":null}`

function show(id: string): Record<string, any> {
  const engine = Engine.open({ dataDir: dir })
  try {
    return engine.call('package_show', ensureSiteUser(engine), { id }) as Record<string, any>
  } finally {
    engine.close()
  }
}

describe('ckanapi JSON lines', () => {
  it('writes a record as Python json.dumps(sort_keys=True, ensure_ascii=False, compact) does', () => {
    // Python sorts integer-like keys as text; a JavaScript object would put "9" before "10".
    const record = { b: 1, a: { '9': 'nine', '10': 'ten', z: [{ y: 'ñ', x: null }] }, c: 'line\nbreak "quoted" €' }
    expect(jsonLine(record)).toBe('{"a":{"10":"ten","9":"nine","z":[{"x":null,"y":"ñ"}]},"b":1,"c":"line\\nbreak \\"quoted\\" €"}\n')
  })

  it('loads organizations and datasets as ckanapi dumps them from CKAN, keeping ids', { timeout: 60_000 }, async () => {
    writeFileSync(join(dir, 'organizations.jsonl'), `${orgLine}\n`)
    writeFileSync(join(dir, 'datasets.jsonl'), `${datasetLine}\n`)
    let result = await runCli(['load', 'organizations', join(dir, 'organizations.jsonl'), '--data', dir])
    expect(result.code, result.stderr).toBe(0)
    result = await runCli(['load', 'datasets', join(dir, 'datasets.jsonl'), '--data', dir])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain('1 read, 1 created, 0 updated, 0 failed')
    const shown = show('river-levels')
    expect(shown).toMatchObject({ id: datasetId, owner_org: orgId, notes: 'Niveles del río — ñandú', num_resources: 1, num_tags: 1 })
    expect(shown.organization).toMatchObject({ id: orgId, name: 'river-authority' })
    expect(shown.organization.revision_id).toBeUndefined()
    expect(shown.resources[0]).toMatchObject({ id: resourceId, package_id: datasetId, url_type: 'upload' })
    // An upload's address points at this site, as CKAN rebuilds it from the file name.
    expect(shown.resources[0].url).toMatch(new RegExp(`/dataset/${datasetId}/resource/${resourceId}/download/levels\\.csv$`))
    expect(shown.resources[0].url.startsWith('https://source.example.org/')).toBe(false)

    // Loading the same line again updates the dataset (found by id), as ckanapi load does.
    result = await runCli(['load', 'datasets', join(dir, 'datasets.jsonl'), '--data', dir])
    expect(result.stderr).toContain('1 read, 0 created, 1 updated, 0 failed')

    const dumped = await runCli(['dump', 'datasets', '--data', dir])
    expect(dumped.code, dumped.stderr).toBe(0)
    const line = dumped.stdout.split('\n')[0]
    expect(dumped.stdout).toBe(jsonLine(JSON.parse(line)))
    expect(line).toContain('"notes":"Niveles del río — ñandú"') // UTF-8, not \u escapes
    expect(JSON.parse(line)).toMatchObject({ id: datasetId, name: 'river-levels' })
  })

  it('-o updates only: a record found by neither id nor name fails as a show', { timeout: 60_000 }, async () => {
    const file = join(dir, 'update-only.jsonl')
    writeFileSync(file, ['{"name":"river-levels","title":"Updated","owner_org":"river-authority"}', '{"name":"new-one","title":"New","owner_org":"river-authority"}', ''].join('\n'))
    const result = await runCli(['load', 'datasets', file, '--update-only', '--data', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('2 read, 0 created, 1 updated, 1 failed')
    expect(result.stderr).toMatch(/line 2: package_show failed: Not found: .*"new-one"/)
    expect(show(datasetId).title).toBe('Updated')
    expect(() => show('new-one')).toThrow()
  })

  it('-n creates only: an existing name fails as a create, a new record is created', { timeout: 60_000 }, async () => {
    const file = join(dir, 'create-only.jsonl')
    writeFileSync(file, ['{"name":"river-levels","title":"Again","owner_org":"river-authority"}', '{"name":"new-one","title":"New","owner_org":"river-authority"}', ''].join('\n'))
    const result = await runCli(['load', 'datasets', file, '-n', '--data', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('2 read, 1 created, 0 updated, 1 failed')
    expect(result.stderr).toMatch(/line 1: package_create failed: .*That URL is already in use/)
    expect(show(datasetId).title).toBe('Updated')
    expect(show('new-one').title).toBe('New')
    const both = await runCli(['load', 'datasets', file, '-n', '-o', '--data', dir])
    expect(both.code).toBe(2)
  })
})
