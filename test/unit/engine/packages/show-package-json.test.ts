/**
 * package_show's text path (what the HTTP door sends): the organization and
 * groups spliced into the stored JSON must give exactly the bytes of
 * JSON.stringify(package_show), whatever the dataset holds.
 */
import { describe, expect, it } from 'vitest'
import { unpackJsonText, type StoredJson } from '../../../../electron/engine/db/packed-json.ts'
import { sql } from '../../../../electron/engine/db/statements.ts'
import { topLevelValueSpan } from '../../../../electron/engine/packages/json-spans.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

/** Both paths of package_show for one dataset, as this caller. */
function bothPaths(t: TestEngine, id: string, caller = t.sysadmin) {
  return { text: t.engine.callAsJson('package_show', caller, { id }), dict: t.call('package_show', caller, { id }) }
}

function expectSameBytes(t: TestEngine, id: string, caller = t.sysadmin): void {
  const { text, dict } = bothPaths(t, id, caller)
  expect(text).toBe(JSON.stringify(dict))
}

describe('package_show as JSON text', () => {
  it('matches JSON.stringify with an organization, groups, and look-alike keys and strings inside', () => {
    const t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org', title: 'Org "quoted" \\ slash' })
    t.call('group_create', t.sysadmin, { name: 'zeta', title: 'Zeta' })
    t.call('group_create', t.sysadmin, { name: 'alpha', title: 'Alpha' })
    const dataset = t.call('package_create', t.sysadmin, {
      name: 'tricky',
      owner_org: 'org',
      groups: [{ name: 'zeta' }, { name: 'alpha' }],
      // Custom fields are kept as sent (README): nested keys named like the placeholders must not match.
      aaa_first: { organization: null, groups: [] },
      notes: 'ends with a backslash \\',
      title: '"groups":[] and "organization":null, \\"escaped\\" ünïcödé \u2028 \u0001',
      zzz_last: [{ groups: ['x'] }, '}', ']', '"'],
      extras: [{ key: 'organization', value: '{"groups":[]}' }],
      resources: [{ url: 'http://example.org/a.csv', name: '"groups":[1]', organization: 'not this one' }],
    })
    expectSameBytes(t, dataset.id)
    const { dict } = bothPaths(t, dataset.id)
    expect(dict.organization.title).toBe('Org "quoted" \\ slash')
    expect(dict.groups.map((g: { name: string }) => g.name)).toEqual(['alpha', 'zeta'])
    t.close()
  })

  it('matches for a dataset with no organization or groups, a private one, and one renamed in SQL', () => {
    const t = testEngine({ config: { createUnownedDataset: true } })
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const unowned = t.call('package_create', t.sysadmin, { name: 'unowned' })
    expectSameBytes(t, unowned.id)
    const hidden = t.call('package_create', t.sysadmin, { name: 'hidden', owner_org: 'org', private: true })
    expectSameBytes(t, hidden.id)
    // Reusing a deleted dataset's name renames the old one with json_set (save-package.ts).
    t.call('package_delete', t.sysadmin, { id: 'hidden' })
    t.call('package_create', t.sysadmin, { name: 'hidden', owner_org: 'org' })
    expectSameBytes(t, hidden.id)
    t.close()
  })

  it('refuses an unreadable dataset the same way on both paths', () => {
    const t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const hidden = t.call('package_create', t.sysadmin, { name: 'hidden', owner_org: 'org', private: true })
    expect(() => t.engine.callAsJson('package_show', t.anonymous, { id: hidden.id })).toThrow(/not authorized/i)
    expect(() => t.engine.callAsJson('package_show', t.anonymous, { id: 'no-such' })).toThrow(/Not found/)
    t.close()
  })

  it('ends every stored dict with the placeholders, and walks a dict stored in the older order', () => {
    const t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org', title: 'Org' })
    t.call('group_create', t.sysadmin, { name: 'zeta' })
    const dataset = t.call('package_create', t.sysadmin, { name: 'ordered', owner_org: 'org', groups: [{ name: 'zeta' }], custom_field: { organization: null, groups: [] } })
    const stored = () => unpackJsonText((sql(t.engine.db, 'SELECT data FROM packages WHERE id = ?').get(dataset.id) as { data: StoredJson }).data)
    expect(stored().endsWith(',"organization":null,"groups":[]}')).toBe(true)
    expectSameBytes(t, dataset.id)
    // Before, the placeholders sat among the dataset's own keys (organization after num_tags, groups after extras).
    const { organization, groups, ...rest } = JSON.parse(stored())
    const older: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(rest)) {
      if (key === 'owner_org') older.organization = organization
      if (key === 'relationships_as_subject') older.groups = groups
      older[key] = value
    }
    sql(t.engine.db, 'UPDATE packages SET data = pack_json(?) WHERE id = ?').run(JSON.stringify(older), dataset.id)
    expect(stored().endsWith(',"organization":null,"groups":[]}')).toBe(false)
    expectSameBytes(t, dataset.id)
    expect(JSON.parse(t.engine.callAsJson('package_show', t.sysadmin, { id: dataset.id })).groups[0].name).toBe('zeta')
    t.close()
  })

  it('makes upload URLs whole, as the parsing path does', () => {
    const t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const dataset = t.call('package_create', t.sysadmin, { name: 'with-upload', owner_org: 'org' })
    const resource = t.call('resource_create', t.sysadmin, { package_id: dataset.id, url: 'http://example.org/x.csv' })
    // A stored upload holds its bare file name; only package_show completes it with the site URL.
    sql(t.engine.db, "UPDATE packages SET data = pack_json(json_set(unpack_json(data), '$.resources[0].url_type', 'upload', '$.resources[0].url', 'x.csv')) WHERE id = ?").run(dataset.id)
    const { text, dict } = bothPaths(t, dataset.id)
    expect(text).toBe(JSON.stringify(dict))
    expect(JSON.parse(text).resources[0].url).toMatch(new RegExp(`/dataset/${dataset.id}/resource/${resource.id}/download/x\\.csv$`))
    t.close()
  })

  it('other actions answer with JSON.stringify of their result', () => {
    const t = testEngine()
    expect(t.engine.callAsJson('status_show', t.anonymous)).toBe(JSON.stringify(t.call('status_show', t.anonymous)))
    expect(t.engine.callAsJson('package_list', t.anonymous)).toBe('[]')
    t.close()
  })
})

describe('topLevelValueSpan', () => {
  const texts = [
    '{}',
    '{"a":1}',
    '{"a":"x\\"y","b":[1,{"a":2}],"c":{"b":"]}"},"d":null,"e":-1.5e3,"f":true}',
    '{ "a" : [ "\\\\" , { } ] , "b" : "\\\\\\"" , "c" : 0 }',
    '{"k\\"ey":"v","groups":[],"organization":{"groups":[1]},"z":"\\\\"}',
  ]

  it('finds each own key from either end, exactly its value', () => {
    for (const text of texts) {
      const parsed = JSON.parse(text)
      for (const key of Object.keys(parsed)) {
        for (const from of ['start', 'end'] as const) {
          const span = topLevelValueSpan(text, key, from)
          expect(span, `${key} from ${from} in ${text}`).not.toBeNull()
          expect(JSON.parse(text.slice(span![0], span![1])), `${key} from ${from} in ${text}`).toEqual(parsed[key])
        }
      }
    }
  })

  it('does not find keys that are only nested, or in text that is not an object', () => {
    expect(topLevelValueSpan(texts[2], 'b', 'start')).toEqual(topLevelValueSpan(texts[2], 'b', 'end'))
    for (const from of ['start', 'end'] as const) {
      expect(topLevelValueSpan('{"c":{"x":1}}', 'x', from)).toBeNull()
      expect(topLevelValueSpan('[{"x":1}]', 'x', from)).toBeNull()
      expect(topLevelValueSpan('{"a":"\\"x\\":1"}', 'x', from)).toBeNull()
      expect(topLevelValueSpan('', 'x', from)).toBeNull()
      expect(topLevelValueSpan('{"x":', 'y', from)).toBeNull()
    }
  })
})
