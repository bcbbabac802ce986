/**
 * CKAN 2.10's ckan/tests/logic/test_validators.py and test_converters.py
 * restated through the actions that use each validator: the values they take
 * and refuse, what they turn values into, and their messages. Tests of
 * IDatasetForm converters (convert_to_extras, convert_to_tags,
 * convert_from_tags) need a plugin's schema and have no counterpart here.
 */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../helpers/test-engine.ts'

/** An engine with an organization "org" and, optionally, unowned datasets allowed. */
function engine(createUnownedDataset = false) {
  const t = testEngine({ config: { createUnownedDataset } })
  t.call('organization_create', t.sysadmin, { name: 'org' })
  return t
}

function newUser(t: ReturnType<typeof engine>, name: string, email: string) {
  return t.call('user_create', t.sysadmin, { name, email, password: 'password123' })
}

describe('email_is_unique', () => {
  it('test_email_is_unique_validator_with_existed_value: a second user may not take an email', () => {
    const t = engine()
    newUser(t, 'user01', 'user01@email.com')
    const error = t.failure('user_create', t.sysadmin, { name: 'new_user', email: 'user01@email.com', password: 'password123' })
    expect(error).toEqual({ __type: 'Validation Error', email: ["The email address 'user01@email.com' belongs to a registered user."] })
  })

  it('test_email_is_unique_validator_user_update_email_unchanged: the user keeps its own email', () => {
    const t = engine()
    const user = newUser(t, 'user01', 'user01@email.com')
    t.call('user_update', t.sysadmin, { ...user, email: 'user01@email.com' })
    expect(t.call('user_show', t.sysadmin, { id: user.id }).email).toBe('user01@email.com')
  })

  it('test_email_is_unique_validator_user_update_using_name_as_id', () => {
    const t = engine()
    const user = newUser(t, 'user01', 'user01@email.com')
    t.call('user_update', t.sysadmin, { id: 'user01', email: 'user01@email.com', about: 'test' })
    const shown = t.call('user_show', t.sysadmin, { id: user.id })
    expect([shown.email, shown.about]).toEqual(['user01@email.com', 'test'])
  })

  it('test_email_is_unique_validator_user_update_email_new', () => {
    const t = engine()
    const user = newUser(t, 'user01', 'user01@email.com')
    t.call('user_update', t.sysadmin, { ...user, email: 'user_new@email.com' })
    expect(t.call('user_show', t.sysadmin, { id: user.id }).email).toBe('user_new@email.com')
  })

  it('test_email_is_unique_validator_user_update_to_existed_email', () => {
    const t = engine()
    const user1 = newUser(t, 'user01', 'user01@email.com')
    newUser(t, 'user02', 'user02@email.com')
    const error = t.failure('user_update', t.sysadmin, { ...user1, email: 'user02@email.com' })
    expect(error.__type).toBe('Validation Error')
    expect(error.email).toEqual(["The email address 'user02@email.com' belongs to a registered user."])
  })
})

describe('name_validator, through package_create and group_create', () => {
  // Both schemas run not_empty and unicode_safe before name_validator: a number or boolean
  // arrives as its JSON text, so 13, 100, true and false are names there ("13", "true").
  const invalid: unknown[] = [
    23.7, 0, null, ['a', 2, false], [13, null, true], { foo: 'bar' }, {}, [],
    'new', 'edit', 'search', '', 'a', '2', 'a'.repeat(101), "fred_\u2764%'\"U\u00dfabc@fred.com", 'seanH', 'sean h', 'seanh!',
  ]
  const valid = [
    'fred', 'fred-flintstone', 'fred_flintstone', 'fred_flintstone-9',
    'f'.repeat(100), '-'.repeat(100), '_'.repeat(100), '9'.repeat(100), '99', '--', '__', 'fred-flintstone_9',
  ]

  it('test_name_validator_with_invalid_value', () => {
    const t = engine()
    for (const name of invalid) {
      const error = t.failure('package_create', t.sysadmin, { name, owner_org: 'org' })
      expect(error.__type, JSON.stringify(name)).toBe('Validation Error')
      expect(error.name, JSON.stringify(name)).toBeDefined()
      const groupError = t.failure('group_create', t.sysadmin, { name })
      expect(groupError.name, `group ${JSON.stringify(name)}`).toBeDefined()
    }
  })

  it('test_name_validator_with_valid_value', () => {
    const t = engine()
    for (const name of valid) {
      expect(t.call('package_create', t.sysadmin, { name, owner_org: 'org' }).name).toBe(name)
      expect(t.call('group_create', t.sysadmin, { name }).name).toBe(name)
    }
  })

  it("takes a number or boolean name as its JSON text: not_empty lets false and 0 through (CKAN's valid_values)", () => {
    const t = engine()
    for (const [name, text] of [[13, '13'], [100, '100'], [true, 'true'], [false, 'false']] as const) {
      expect(t.call('package_create', t.sysadmin, { name, owner_org: 'org' }).name, String(name)).toBe(text)
      expect(t.call('group_create', t.sysadmin, { name: text === 'false' ? false : name }).name, `group ${name}`).toBe(text)
      t.call('group_purge', t.sysadmin, { id: text })
    }
    const zero = t.failure('package_create', t.sysadmin, { name: 0, owner_org: 'org' })
    expect(zero.name).toEqual(['Must be at least 2 characters long', 'Name "0" length is less than minimum 2'])
    expect(t.failure('group_create', t.sysadmin, { name: 0 }).name).toEqual(['Must be at least 2 characters long'])
  })

  it('refuses an empty dict or list name as Missing value, as not_empty does', () => {
    const t = engine()
    for (const name of [{}, []]) {
      expect(t.failure('package_create', t.sysadmin, { name, owner_org: 'org' }).name).toEqual(['Missing value'])
      expect(t.failure('group_create', t.sysadmin, { name }).name).toEqual(['Missing value'])
    }
  })
})

describe('email_validator, through user_create', () => {
  it('test_email_validator_with_invalid_value', () => {
    const t = engine()
    const emails = ['..test...test..@example.com', 'test @example.com', 'test@ example.com', 'test..test@example.com', 'test.test...@example.com', '...test@example.com']
    for (const [i, email] of emails.entries()) {
      const error = t.failure('user_create', t.sysadmin, { name: `u${i}x`, email, password: 'password123' })
      expect(error.email, email).toEqual([`Email ${email} is not a valid format`])
    }
  })

  it('test_email_validator_with_valid_value', () => {
    const t = engine()
    const emails = ['text@example.com', 'test.this@example.com', 'test.this@server.example.com']
    for (const [i, email] of emails.entries()) expect(newUser(t, `u${i}x`, email).name).toBe(`u${i}x`)
  })
})

describe('user_name_validator, through user_create', () => {
  it('test_user_name_validator_with_non_string_value', () => {
    const t = engine()
    for (const name of [13, 23.7, 100, null, true, false, ['a', 2, false], [13, null, true], { foo: 'bar' }]) {
      const error = t.failure('user_create', t.sysadmin, { name, email: 'x@example.org', password: 'password123' })
      expect(error.name, JSON.stringify(name)).toBeDefined()
    }
  })

  it('test_user_name_validator_with_a_name_that_already_exists', () => {
    const t = engine()
    newUser(t, 'user_name', 'a@example.org')
    const error = t.failure('user_create', t.sysadmin, { name: 'user_name', email: 'b@example.org', password: 'password123' })
    expect(error).toEqual({ __type: 'Validation Error', name: ['That login name is not available.'] })
  })

  it('test_user_name_validator_successful', () => {
    const t = engine()
    expect(newUser(t, 'new_user_name', 'a@example.org').name).toBe('new_user_name')
  })
})

describe('if_empty_guess_format and clean_format, through package_create and resource_create', () => {
  it('test_if_empty_guess_format: a new resource with no format gets one from its URL; one with an id does not', () => {
    const t = engine()
    const pkg = t.call('package_create', t.sysadmin, {
      name: 'package_name',
      owner_org: 'org',
      resources: [
        { url: 'http://fakedomain/my.csv', format: '' },
        { url: 'http://fakedomain/my.pdf' },
        { url: 'http://fakedomain/my.pdf', format: 'pdf' },
        { url: 'http://fakedomain/my.pdf', id: 'fake_resource_id', format: '' },
        { url: 'http://example.com', format: '' },
        { url: 'my.csv', format: '' },
      ],
    })
    expect(pkg.resources.map((r: any) => r.format)).toEqual(['CSV', 'PDF', 'PDF', '', '', 'CSV'])
  })

  it('test_clean_format: csv and text/csv become CSV, an unknown format is kept', () => {
    const t = engine()
    const pkg = t.call('package_create', t.sysadmin, { name: 'formats', owner_org: 'org' })
    const formatOf = (format: string) =>
      t.call('resource_create', t.sysadmin, { package_id: pkg.id, url: 'http://example.org/x', format }).format
    expect([formatOf('csv'), formatOf('text/csv'), formatOf('not a format')]).toEqual(['CSV', 'CSV', 'not a format'])
  })
})

describe('datasets_with_no_organization_cannot_be_private', () => {
  it('test_datasets_with_org_can_be_private_when_creating and _when_updating', () => {
    const t = engine(true)
    const pkg = t.call('package_create', t.sysadmin, { name: 'private-one', owner_org: 'org', private: true })
    expect(pkg.private).toBe(true)
    expect(t.call('package_update', t.sysadmin, { id: pkg.id, name: 'private-one', owner_org: 'org', private: true }).private).toBe(true)
  })

  it('test_datasets_with_no_org_cannot_be_private_when_creating', () => {
    const t = engine(true)
    const error = t.failure('package_create', t.sysadmin, { name: 'private-one', private: true })
    expect(error).toEqual({ __type: 'Validation Error', private: ["Datasets with no organization can't be private."] })
  })
})

describe('int_validator and natural_number_validator, through package_search rows and package_list offset', () => {
  function rowsOf(t: ReturnType<typeof engine>, rows: unknown) {
    return t.call('package_search', t.sysadmin, { rows }).results.length
  }

  it('takes integers, integer strings (sign, leading zeros, whitespace) and a whole float', () => {
    const t = engine()
    for (let i = 0; i < 3; i++) t.call('package_create', t.sysadmin, { name: `d${i}x`, owner_org: 'org' })
    expect(rowsOf(t, 0)).toBe(0)
    expect(rowsOf(t, 2)).toBe(2)
    expect(rowsOf(t, 2.0)).toBe(2)
    expect(rowsOf(t, '+2')).toBe(2)
    expect(rowsOf(t, '01')).toBe(1)
    expect(rowsOf(t, '\t  2\n')).toBe(2)
    expect(t.call('package_list', t.sysadmin, { offset: '-0' })).toHaveLength(3)
    // Python's int() reads "1_0" as 10 (and refuses "_1" and "1__0").
    expect(t.call('package_list', t.sysadmin, { limit: '0_2' })).toHaveLength(2)
    for (const limit of ['_1', '1__0', '1_']) {
      expect(t.failure('package_list', t.sysadmin, { limit }), limit).toEqual({ __type: 'Validation Error', limit: ['Invalid integer'] })
    }
  })

  it('refuses a fraction, a float or exponent string and text with Invalid integer', () => {
    const t = engine()
    for (const rows of [42.5, '42.0', '1e6', 'text']) {
      expect(t.failure('package_search', t.sysadmin, { rows }), String(rows)).toEqual({ __type: 'Validation Error', rows: ['Invalid integer'] })
    }
  })

  it('refuses a negative number as no natural number', () => {
    const t = engine()
    expect(t.failure('package_list', t.sysadmin, { offset: '-2' })).toEqual({ __type: 'Validation Error', offset: ['Must be a natural number'] })
  })
})

describe('boolean_validator, through package_create private', () => {
  it('test_bool_true/false, test_missing, test_none, test_string_true, test_string_false', () => {
    const t = engine()
    const cases: [unknown, boolean][] = [
      [true, true], [false, false], ['', false], [null, false],
      ['true', true], ['yes', true], ['t', true], ['y', true], ['1', true], ['f', false], ['TRUE', true],
    ]
    for (const [i, [value, expected]] of cases.entries()) {
      const pkg = t.call('package_create', t.sysadmin, { name: `b${i}x`, owner_org: 'org', private: value })
      expect(pkg.private, JSON.stringify(value)).toBe(expected)
    }
  })
})

describe('*_exists validators', () => {
  it("test_package_name_exists_empty / test_package_name_exists, through package_relationship_create's subject", () => {
    const t = engine()
    t.call('package_create', t.sysadmin, { name: 'pne_validation_test', owner_org: 'org' })
    t.call('package_create', t.sysadmin, { name: 'other', owner_org: 'org' })
    // package_relationship_create looks its subject up before validating: '' is no dataset (404), as in CKAN.
    const empty = t.failure('package_relationship_create', t.sysadmin, { subject: '', object: 'other', type: 'child_of' })
    expect(empty.__type).toBe('Not Found Error')
    const made = t.call('package_relationship_create', t.sysadmin, { subject: 'pne_validation_test', object: 'other', type: 'child_of' })
    expect(made.subject).toBe('pne_validation_test')
  })

  it('test_resource_id_exists_empty / test_resource_id_exists, through resource_view_create', () => {
    const t = engine()
    const pkg = t.call('package_create', t.sysadmin, { name: 'p1', owner_org: 'org', resources: [{ url: 'http://example.org/a' }] })
    const empty = t.failure('resource_view_create', t.sysadmin, { resource_id: '', title: 'v', view_type: 'image_view' })
    expect(empty.__type).not.toBe('Internal Server Error')
    const view = t.call('resource_view_create', t.sysadmin, { resource_id: pkg.resources[0].id, title: 'v', view_type: 'image_view' })
    expect(view.resource_id).toBe(pkg.resources[0].id)
  })

  it('test_user_id_or_name_exists_empty / test_user_id_or_name_exists, through organization_member_create', () => {
    const t = engine()
    const user = newUser(t, 'username', 'u@example.org')
    const empty = t.failure('organization_member_create', t.sysadmin, { id: 'org', username: '', role: 'member' })
    expect(empty.__type).toBe('Validation Error')
    expect(t.call('organization_member_create', t.sysadmin, { id: 'org', username: user.id, role: 'member' }).table_id).toBe(user.id)
    expect(t.call('organization_member_create', t.sysadmin, { id: 'org', username: 'username', role: 'editor' }).capacity).toBe('editor')
  })

  it('test_group_id_or_name_exists_empty / test_group_id_or_name_exists, through member_create', () => {
    const t = engine()
    const group = t.call('group_create', t.sysadmin, { name: 'g1' })
    const pkg = t.call('package_create', t.sysadmin, { name: 'p1', owner_org: 'org' })
    const empty = t.failure('member_create', t.sysadmin, { id: '', object: pkg.id, object_type: 'package', capacity: 'public' })
    expect(['Validation Error', 'Not Found Error']).toContain(empty.__type)
    for (const id of [group.id, group.name]) {
      expect(t.call('member_create', t.sysadmin, { id, object: pkg.id, object_type: 'package', capacity: 'public' }).group_id).toBe(group.id)
    }
  })

  it('test_role_exists_empty, through organization_member_create', () => {
    const t = engine()
    newUser(t, 'username', 'u@example.org')
    const error = t.failure('organization_member_create', t.sysadmin, { id: 'org', username: 'username', role: '' })
    expect(error.__type).toBe('Validation Error')
  })
})

describe("one_of, through package_relationship_create's type", () => {
  it('test_val_in_list / test_val_not_in_list: a known type passes, another gets the list of allowed values', () => {
    const t = engine()
    t.call('package_create', t.sysadmin, { name: 'aa', owner_org: 'org' })
    t.call('package_create', t.sysadmin, { name: 'bb', owner_org: 'org' })
    expect(t.call('package_relationship_create', t.sysadmin, { subject: 'aa', object: 'bb', type: 'child_of' }).type).toBe('child_of')
    const error = t.failure('package_relationship_create', t.sysadmin, { subject: 'aa', object: 'bb', type: 'bogus' })
    expect(error.type).toEqual([
      "Value must be one of ['depends_on', 'dependency_of', 'derives_from', 'has_derivation', 'links_to', 'linked_from', 'child_of', 'parent_of']",
    ])
  })
})

describe('user_password_validator, through user_create', () => {
  it('test_password_ok', () => {
    const t = engine()
    for (const [i, password] of ['MyPassword1', 'my1Password', '1PasswordMY'].entries()) {
      expect(t.call('user_create', t.sysadmin, { name: `p${i}x`, email: `p${i}@example.org`, password }).name).toBe(`p${i}x`)
    }
  })

  it('test_password_too_short', () => {
    const t = engine()
    const error = t.failure('user_create', t.sysadmin, { name: 'short', email: 's@example.org', password: 'MyPass1' })
    expect(error).toEqual({ __type: 'Validation Error', password: ['Your password must be 8 characters or longer'] })
  })
})

describe('test_converters.py: remove_whitespace and free_tags_only', () => {
  it('test_leading_space, test_trailing_space, test_space_between: a resource URL is trimmed, inner spaces kept', () => {
    const t = engine()
    const pkg = t.call('package_create', t.sysadmin, { name: 'ws', owner_org: 'org' })
    const urlOf = (url: string) => t.call('resource_create', t.sysadmin, { package_id: pkg.id, url }).url
    expect(urlOf('  http://example.com')).toBe('http://example.com')
    expect(urlOf('http://example.com  ')).toBe('http://example.com')
    expect(urlOf('http://example.com/space between url ')).toBe('http://example.com/space between url')
  })

  it('test_free_tags_only is for plugin schemas: the default package_show lists vocabulary tags too', () => {
    const t = engine()
    const vocab = t.call('vocabulary_create', t.sysadmin, { name: 'genre', tags: [{ name: 'jazz' }] })
    const pkg = t.call('package_create', t.sysadmin, {
      name: 'tagged',
      owner_org: 'org',
      tags: [{ name: 'free' }, { name: 'jazz', vocabulary_id: vocab.id }],
    })
    const tags = t.call('package_show', t.sysadmin, { id: pkg.id }).tags
    expect(tags.map((tag: any) => [tag.name, tag.vocabulary_id])).toEqual([['free', null], ['jazz', vocab.id]])
  })
})
