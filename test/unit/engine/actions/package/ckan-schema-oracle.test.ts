/**
 * CKAN's schema tests (ckan/tests/legacy/schema/test_schema.py; the 2.10
 * ckan/tests/logic/test_schema.py holds none), replayed through
 * package_create: which dataset names, versions and tag names the default
 * schema accepts or refuses, with which messages, and how tag_string splits.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => t?.close())

const lowercase = 'Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'
// The legacy test has the wording of older CKANs; 2.10 answers this one (recorded exchange 030).
const tagChars = (tag: string) =>
  `Tag "${tag}" can only contain alphanumeric characters, spaces (" "), hyphens ("-"), underscores ("_") or dots (".")`

function errors(params: Record<string, unknown>): Record<string, any> {
  try {
    t.call('package_create', t.sysadmin, params)
    return {}
  } catch {
    return t.failure('package_create', t.sysadmin, params)
  }
}

describe("CKAN's schema tests, through package_create", () => {
  it('test_name_validation', () => {
    t = testEngine()
    for (const name of ['blah', 'ab', 'ab1', 'some-random-made-up-name', 'has_underscore', 'annakarenina']) {
      expect(errors({ name }).name, name).toBeUndefined()
    }
    const bad: [string, string[]][] = [
      ['', ['Missing value']],
      ['blAh', [lowercase]],
      ['a', ['Must be at least 2 characters long', 'Name "a" length is less than minimum 2']],
      ['dot.in.name', [lowercase]],
      ['unicode-\u00e0', [lowercase]],
      ['percent%', [lowercase]],
      ['p'.repeat(101), ['Name must be a maximum of 100 characters long', `Name "${'p'.repeat(101)}" length is more than maximum 100`]],
    ]
    for (const [name, expected] of bad) expect(errors({ name }).name, name).toEqual(expected)
  })

  it('test_version_validation', () => {
    t = testEngine()
    expect(errors({ name: 'v1', version: '1.0' }).version).toBeUndefined()
    expect(errors({ name: 'v2', version: '' }).version).toBeUndefined()
    expect(errors({ name: 'v3', version: 'p'.repeat(101) }).version).toEqual(['Version must be a maximum of 100 characters long'])
  })

  it('test_tag_name_validation', () => {
    t = testEngine()
    const good = ['blah', 'ab', 'ab1', 'some-random-made-up-name', 'has_underscore', 'unicode-\u00e0', 'dot.in.name', 'multiple words', 'with Greek omega \u03a9', 'CAPITALS']
    good.forEach((tag, i) => expect(errors({ name: `good-${i}`, tags: [{ name: tag }] }).tags, tag).toBeUndefined())
    const bad: [string, string[]][] = [
      ['a', ['Tag "a" length is less than minimum 2']],
      ['  ,leading comma', [tagChars('  ,leading comma')]],
      ['trailing comma,', [tagChars('trailing comma,')]],
      ['empty,,tag', [tagChars('empty,,tag')]],
      ['quote"character', [tagChars('quote"character')]],
      ['p'.repeat(101), [`Tag "${'p'.repeat(101)}" length is more than maximum 100`]],
    ]
    // CKAN's ValidationError flattens each tag's errors into one string.
    bad.forEach(([tag, expected], i) => expect(errors({ name: `bad-${i}`, tags: [{ name: tag }] }).tags, tag).toEqual([expected.join(', ')]))
  })

  it('test_tag_string_parsing', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const cases: [string, string[]][] = [
      ['tag', ['tag']],
      ['tag1, tag2', ['tag1', 'tag2']],
      ['tag 1', ['tag 1']],
    ]
    cases.forEach(([tag_string, expected], i) => {
      const made = t.call('package_create', t.sysadmin, { name: `ts-${i}`, owner_org: 'org', tag_string })
      expect(made.tags.map((tag: { name: string }) => tag.name)).toEqual(expected)
    })
    ;[...'\t\n\r\f\v '].forEach((ch, i) => {
      const made = t.call('package_create', t.sysadmin, { name: `ws-${i}`, owner_org: 'org', tag_string: `${ch}tag name${ch}` })
      expect(made.tags.map((tag: { name: string }) => tag.name)).toEqual(['tag name'])
    })
  })
})

describe("CKAN 2.10's default package schema, beyond the legacy tests (test_schema.py leaves it to the action tests)", () => {
  it("refuses a log_message holding 'http:' on create and update (no_http), and takes others", () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const refused = { __type: 'Validation Error', log_message: ['No links are allowed in the log_message.'] }
    expect(t.failure('package_create', t.sysadmin, { name: 'lm', owner_org: 'org', log_message: 'see http://spam.example' })).toEqual(refused)
    t.call('package_create', t.sysadmin, { name: 'lm', owner_org: 'org', log_message: 'see https://ok.example' })
    expect(t.failure('package_update', t.sysadmin, { id: 'lm', name: 'lm', owner_org: 'org', log_message: 'http:' })).toEqual(refused)
    expect(t.failure('package_patch', t.sysadmin, { id: 'lm', log_message: ['http://x'] })).toEqual(refused)
    for (const log_message of ['', null, 12, 'a plain note']) {
      expect(t.call('package_patch', t.sysadmin, { id: 'lm', log_message }).name).toBe('lm')
    }
  })
})
