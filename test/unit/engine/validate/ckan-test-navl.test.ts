/**
 * CKAN 2.10's ckan/tests/lib/navl/test_validators.py (not_empty, default,
 * ignore_missing) and test_dictization_functions.py (error dicts of nested
 * lists), restated through the actions whose schemas use them.
 */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../helpers/test-engine.ts'

function engine() {
  const t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'org' })
  return t
}

describe('not_empty in nested schemas (TestNotEmpty.test_not_empty_passes_false_and_zero)', () => {
  it("a tag name false or 0 is no Missing value: unicode_safe makes it \"false\" or \"0\", then the tag rules judge it", () => {
    const t = engine()
    const dataset = t.call('package_create', t.sysadmin, { name: 'tags-false', owner_org: 'org', tags: [{ name: false }, { name: 12 }] })
    expect(dataset.tags.map((tag: { name: string }) => tag.name).sort()).toEqual(['12', 'false'])
    const zero = t.failure('package_create', t.sysadmin, { name: 'tags-zero', owner_org: 'org', tags: [{ name: 0 }] })
    expect(zero.tags).toEqual(['Tag "0" length is less than minimum 2'])
    const list = t.failure('package_create', t.sysadmin, { name: 'tags-list', owner_org: 'org', tags: [{ name: ['a', 'b'] }] })
    expect(list.tags).toEqual(['Tag "["a", "b"]" can only contain alphanumeric characters, spaces (" "), hyphens ("-"), underscores ("_") or dots (".")'])
    for (const name of ['', null, [], {}]) {
      const error = t.failure('package_create', t.sysadmin, { name: 'tags-empty', owner_org: 'org', tags: [{ name }] })
      expect(error.tags, JSON.stringify(name)).toEqual(['Missing value'])
    }
  })

  it('an extra whose key is false or 0 is kept under "false" or "0"', () => {
    const t = engine()
    const dataset = t.call('package_create', t.sysadmin, {
      name: 'extras-false',
      owner_org: 'org',
      extras: [{ key: false, value: 'f' }, { key: 0, value: 'z' }],
    })
    expect(dataset.extras).toEqual([{ key: '0', value: 'z' }, { key: 'false', value: 'f' }])
    const error = t.failure('package_create', t.sysadmin, { name: 'extras-empty', owner_org: 'org', extras: [{ key: 'a', value: '1' }, { key: '', value: 'x' }] })
    expect(error.extras).toEqual([{}, { key: ['Missing value'] }])
  })

  it("a relationship type false or 0 gets one_of's message, not Missing value", () => {
    const t = engine()
    t.call('package_create', t.sysadmin, { name: 'aa', owner_org: 'org' })
    t.call('package_create', t.sysadmin, { name: 'bb', owner_org: 'org' })
    const oneOf = "Value must be one of ['depends_on', 'dependency_of', 'derives_from', 'has_derivation', 'links_to', 'linked_from', 'child_of', 'parent_of']"
    for (const type of [false, 0]) {
      expect(t.failure('package_relationship_create', t.sysadmin, { subject: 'aa', object: 'bb', type }).type).toEqual([oneOf])
      const update = t.failure('package_update', t.sysadmin, { name: 'aa', owner_org: 'org', relationships_as_subject: [{ object: 'bb', type }] })
      expect(update.relationships_as_subject).toEqual([{ type: [oneOf] }])
    }
    expect(t.failure('package_relationship_create', t.sysadmin, { subject: 'aa', object: 'bb', type: '' }).type).toEqual(['Missing value'])
  })
})

describe('error dicts of nested lists (test_error_list_position, test_simple)', () => {
  it('resources and extras errors are lists aligned with the request, {} for a valid item', () => {
    const t = engine()
    const error = t.failure('package_create', t.sysadmin, {
      name: 'positions',
      owner_org: 'org',
      resources: [{ url: 'http://a' }, { url: 'http://b', created: 'not a date' }, { url: 'http://c' }, { url: 'http://d', last_modified: 'x' }],
      extras: [{ key: 'a', value: '1' }, { value: 'x' }],
    })
    expect(error.resources).toEqual([{}, { created: ['Date format incorrect'] }, {}, { last_modified: ['Date format incorrect'] }])
    expect(error.extras).toEqual([{}, { key: ['Missing value'] }])
  })

  it("tags errors are flattened to one message per bad tag (CKAN's ValidationError), a vocabulary error kept as a dict", () => {
    const t = engine()
    const error = t.failure('package_create', t.sysadmin, {
      name: 'tag-errors',
      owner_org: 'org',
      tags: [{ name: 'ok' }, { name: '!' }, { name: 'fine', vocabulary_id: 'nosuch' }],
    })
    expect(error.tags).toEqual([
      'Tag "!" length is less than minimum 2, Tag "!" can only contain alphanumeric characters, spaces (" "), hyphens ("-"), underscores ("_") or dots (".")',
      { vocabulary_id: ['Tag vocabulary was not found.'] },
    ])
  })
})

describe('not_empty in group schemas and user_password_not_empty', () => {
  it("a group's extras key, users name and packages id that are an empty list or dict are Missing value", () => {
    const t = engine()
    expect(t.failure('group_create', t.sysadmin, { name: 'g1', extras: [{ key: 'a', value: '1' }, { key: [], value: 'x' }] }).extras).toEqual([
      {},
      { key: ['Missing value'] },
    ])
    expect(t.failure('group_create', t.sysadmin, { name: 'g2', users: [{ name: [] }] }).users).toEqual([{ name: ['Missing value'] }])
    expect(t.failure('group_create', t.sysadmin, { name: 'g3', packages: [{ id: {} }] }).packages).toEqual([{ id: ['Missing value'] }])
    const group = t.call('group_create', t.sysadmin, { name: 'g4', extras: [{ key: false, value: 'x' }] })
    expect(group.extras).toEqual([expect.objectContaining({ key: 'false', value: 'x' })])
  })

  it('user_create: a password false or 0 is both not a string and missing (CKAN tests its truthiness)', () => {
    const t = engine()
    for (const password of [false, 0, []]) {
      const error = t.failure('user_create', t.sysadmin, { name: 'u1', email: 'u1@example.org', password })
      expect(error.password, JSON.stringify(password)).toEqual(['Passwords must be strings', 'Missing value'])
    }
    expect(t.failure('user_create', t.sysadmin, { name: 'u1', email: 'u1@example.org', password: '' }).password).toEqual(['Missing value'])
  })
})
