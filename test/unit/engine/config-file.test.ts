import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultConfig, type EngineConfig } from '../../../electron/engine/config.ts'
import { configFileName, readConfigFile } from '../../../electron/engine/config-file.ts'
import { Engine } from '../../../electron/engine/engine.ts'
import { ActionError } from '../../../electron/engine/errors.ts'

const dirs: string[] = []
const engines: Engine[] = []
afterEach(() => {
  for (const engine of engines.splice(0)) engine.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A fresh data directory holding `ini` as its shelfmark.ini (none when undefined). */
function dataDir(ini?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shelfmark-config-'))
  dirs.push(dir)
  if (ini !== undefined) writeFileSync(join(dir, configFileName), ini)
  return dir
}

function open(dir: string, config?: Partial<EngineConfig>) {
  const engine = Engine.open({ dataDir: dir, config })
  engines.push(engine)
  return engine
}

const editor = { name: 'new-user', email: 'new-user@example.org', password: 'NewUserPass-123' }

describe('shelfmark.ini', () => {
  it('is named shelfmark.ini', () => {
    expect(configFileName).toBe('shelfmark.ini')
  })

  it('leaves CKAN defaults when the data directory has no file', () => {
    const dir = dataDir()
    expect(readConfigFile(dir)).toEqual({})
    expect(open(dir).config).toEqual(defaultConfig)
  })

  it('maps every supported CKAN key, in any section, skipping comments and unknown keys', () => {
    const dir = dataDir(`# Shelfmark settings
; CKAN-style comment
ckan.site_url = https://data.example.org

[app:main]
use = egg:ckan
sqlalchemy.url = postgresql://ckan@localhost/ckan
ckan.site_title = Example Data
ckan.site_description = Open data from Example
ckan.auth.create_unowned_dataset = true
ckan.auth.create_dataset_if_not_in_organization = false
ckan.auth.anon_create_dataset = true
ckan.auth.create_user_via_api = true
ckan.auth.user_create_organizations = false
ckan.auth.user_create_groups = false
ckan.auth.user_delete_organizations = false
ckan.auth.user_delete_groups = false
ckan.auth.public_user_details = false
ckan.auth.public_activity_stream_detail = true
ckan.max_resource_size = 250
ckan.max_image_size = 3
ckan.search.rows_max = 5000
search.facets.limit = 20
ckan.group_and_organization_list_max = 300
ckan.group_and_organization_list_all_fields_max = 7
ckan.activity_list_limit = 10
ckan.activity_list_limit_max = 40
ckan.auth.allow_dataset_collaborators = true
ckan.auth.allow_admin_collaborators = true
ckan.auth.allow_collaborators_to_change_owner_org = true
`)
    const expected = {
      siteUrl: 'https://data.example.org',
      siteTitle: 'Example Data',
      siteDescription: 'Open data from Example',
      createUnownedDataset: true,
      createDatasetIfNotInOrganization: false,
      anonCreateDataset: true,
      createUserViaApi: true,
      userCreateOrganizations: false,
      userCreateGroups: false,
      userDeleteOrganizations: false,
      userDeleteGroups: false,
      publicUserDetails: false,
      publicActivityStreamDetail: true,
      maxResourceSizeMb: 250,
      maxImageSizeMb: 3,
      searchRowsMax: 5000,
      searchFacetsLimit: 20,
      groupListMax: 300,
      groupListAllFieldsMax: 7,
      activityListLimit: 10,
      activityListLimitMax: 40,
      allowDatasetCollaborators: true,
      allowAdminCollaborators: true,
      allowCollaboratorsToChangeOwnerOrg: true,
    }
    expect(readConfigFile(dir)).toEqual(expected)
    // Every EngineConfig field has a key: the file can set all of them.
    expect(Object.keys(expected).sort()).toEqual(Object.keys(defaultConfig).sort())
    expect(open(dir).config).toEqual(expected)
  })

  it("reads booleans as CKAN 2.10's boolean_validator does, in any case", () => {
    const spellings: [string, boolean][] = [
      ['true', true], ['TRUE', true], ['True', true], ['yes', true], ['Yes', true],
      ['y', true], ['t', true], ['1', true],
      ['false', false], ['FALSE', false], ['no', false], ['NO', false], ['off', false], ['Off', false],
      ['n', false], ['f', false], ['0', false],
    ]
    for (const [spelling, value] of spellings) {
      const dir = dataDir(`ckan.auth.public_user_details = ${spelling}\n`)
      expect(readConfigFile(dir), spelling).toEqual({ publicUserDetails: value })
    }
  })

  it('refuses a value that is not a boolean, naming the file, the key and the value', () => {
    const dir = dataDir('[app:main]\nckan.auth.create_user_via_api = maybe\n')
    const file = join(dir, configFileName)
    expect(() => Engine.open({ dataDir: dir })).toThrow(
      new Error(`${file}: ckan.auth.create_user_via_api = "maybe" is not a boolean (true or false)`),
    )
    expect(() => readConfigFile(dataDir('ckan.auth.user_create_groups =\n'))).toThrow(/ckan\.auth\.user_create_groups = "" is not a boolean/)
  })

  it('refuses "on", which CKAN 2.10 reads as false (boolean_validator), rather than read it as true', () => {
    // CKAN 2.10 normalizes declared bool options (config_declaration.yaml type: bool) with
    // boolean_validator, which knows only true/yes/t/y/1 as true.
    for (const spelling of ['on', 'ON', 'On']) {
      expect(() => readConfigFile(dataDir(`ckan.auth.create_user_via_api = ${spelling}\n`)), spelling).toThrow(
        `ckan.auth.create_user_via_api = "${spelling}" is not a boolean CKAN reads as true (CKAN 2.10 reads "on" as false; write true or false)`
      )
    }
  })

  it('refuses a resource size that is not a whole number of megabytes', () => {
    for (const bad of ['ten', '-1', '1.5', '10MB', '']) {
      const dir = dataDir(`ckan.max_resource_size = ${bad}\n`)
      const file = join(dir, configFileName)
      expect(() => Engine.open({ dataDir: dir }), bad).toThrow(
        new Error(`${file}: ckan.max_resource_size = ${JSON.stringify(bad)} is not a whole number of megabytes (0 or more)`),
      )
    }
    expect(readConfigFile(dataDir('ckan.max_resource_size = 0\n'))).toEqual({ maxResourceSizeMb: 0 })
  })

  it('refuses a page limit that is not a whole number', () => {
    const dir = dataDir('[app:main]\nckan.search.rows_max = lots\n')
    expect(() => Engine.open({ dataDir: dir })).toThrow(
      new Error(`${join(dir, configFileName)}: ckan.search.rows_max = "lots" is not a whole number (0 or more)`),
    )
  })

  it('refuses a settings file it cannot read, naming it', () => {
    const dir = dataDir()
    mkdirSync(join(dir, configFileName)) // a folder where the file should be
    expect(() => Engine.open({ dataDir: dir })).toThrow(`${join(dir, configFileName)}: cannot read the settings file`)
  })

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('refuses a file without read permission', () => {
    const dir = dataDir('ckan.site_title = Hidden\n')
    chmodSync(join(dir, configFileName), 0o000)
    expect(() => readConfigFile(dir)).toThrow(`${join(dir, configFileName)}: cannot read the settings file`)
  })

  it('lets options.config win over the file, and the file win over the defaults', () => {
    const dir = dataDir('ckan.site_title = From the file\nckan.auth.create_user_via_api = yes\nckan.max_resource_size = 3\n')
    const engine = open(dir, { siteTitle: 'From the caller', createUserViaApi: false })
    expect(engine.config).toMatchObject({
      siteTitle: 'From the caller',
      createUserViaApi: false,
      maxResourceSizeMb: 3,
      siteDescription: defaultConfig.siteDescription,
    })
  })

  it('changes what the engine allows: an anonymous user_create succeeds with ckan.auth.create_user_via_api = true', () => {
    const closed = open(dataDir())
    let refusal: unknown
    try {
      closed.call('user_create', closed.anonymous(), editor)
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(ActionError)
    expect((refusal as ActionError).body()).toMatchObject({ __type: 'Authorization Error' })

    const opened = open(dataDir('[app:main]\nckan.auth.create_user_via_api = true\n'))
    const user = opened.call('user_create', opened.anonymous(), editor) as { name: string }
    expect(user.name).toBe('new-user')
  })
})
