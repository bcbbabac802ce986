import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { catalog, exchange, expectLikeCkan, hasExchanges, minimal, recordedError, recordedResult, type Catalog } from './catalog.ts'

describe.skipIf(!hasExchanges)('package_create as CKAN 2.10 answers it', () => {
  let t: Catalog
  beforeEach(() => {
    t = catalog()
  })
  afterEach(() => t.close())

  const replay = (number: string) => exchange(number).request.body

  it('requires an organization, even of a sysadmin (020)', () => {
    expect(t.failure('package_create', t.sysadmin, replay('020'))).toEqual(recordedError('020'))
  })

  it('fills in every default of a minimal dataset (021)', () => {
    expectLikeCkan(t.call('package_create', t.sysadmin, replay('021')), recordedResult('021'))
  })

  it('returns a full dataset as CKAN does: sorted extras, guessed format, resource extras, license (022)', () => {
    const result = t.call('package_create', t.sysadmin, replay('022'))
    expectLikeCkan(result, recordedResult('022'))
    expect(result.creator_user_id).toBe(t.sysadmin.user!.id)
    expect(result.owner_org).toBe(t.org.id)
    expect(result.resources.map((r: any) => r.package_id)).toEqual([result.id, result.id, result.id])
  })

  it('lets an editor create a private dataset (023)', () => {
    const result = t.call('package_create', t.editor, replay('023'))
    expectLikeCkan(result, recordedResult('023'))
    expect(result.creator_user_id).toBe(t.editor.user!.id)
  })

  it('refuses a member with CKAN message (024)', () => {
    expect(t.failure('package_create', t.member, replay('024'))).toEqual(recordedError('024'))
  })

  it('refuses an anonymous caller with CKAN message (025)', () => {
    expect(t.failure('package_create', t.anonymous, replay('025'))).toEqual(recordedError('025'))
  })

  it('reports a missing name (026)', () => {
    expect(t.failure('package_create', t.sysadmin, replay('026'))).toEqual(recordedError('026'))
  })

  it('reports a badly formed name (027)', () => {
    expect(t.failure('package_create', t.sysadmin, replay('027'))).toEqual(recordedError('027'))
  })

  it('reports a name in use (028)', () => {
    t.call('package_create', t.sysadmin, replay('022'))
    expect(t.failure('package_create', t.sysadmin, replay('028'))).toEqual(recordedError('028'))
  })

  it('reports an unknown organization (029)', () => {
    expect(t.failure('package_create', t.sysadmin, replay('029'))).toEqual(recordedError('029'))
  })

  it('reports every bad tag in one flat list (030)', () => {
    expect(t.failure('package_create', t.sysadmin, replay('030'))).toEqual(recordedError('030'))
  })

  it('answers extras given as an object with a 400 Integrity Error echoing the request (031)', () => {
    expect(t.failure('package_create', t.sysadmin, replay('031'))).toEqual(recordedError('031'))
  })

  it('reports duplicate and empty extra keys apart (032)', () => {
    expect(t.failure('package_create', t.sysadmin, replay('032'))).toEqual(recordedError('032'))
  })

  it('accepts a resource without url (033)', () => {
    expectLikeCkan(t.call('package_create', t.sysadmin, replay('033')), recordedResult('033'))
  })

  it('answers a numeric private with a 409 on the field, not CKAN 2.10 500 (034)', () => {
    expect(t.failure('package_create', t.sysadmin, replay('034'))).toEqual({
      __type: 'Validation Error',
      private: ['Must be a boolean value'],
    })
  })

  it('reads an unknown string as private false (035)', () => {
    expectLikeCkan(t.call('package_create', t.sysadmin, replay('035')), recordedResult('035'))
  })

  it('stores an unknown license, titled by its id (036)', () => {
    expectLikeCkan(t.call('package_create', t.sysadmin, replay('036')), recordedResult('036'))
  })

  it('takes a vocabulary tag beside a free tag, sorted by name (067)', () => {
    const vocabulary = t.call('vocabulary_create', t.sysadmin, exchange('066').request.body)
    const body = exchange('067').request.body
    body.tags[0].vocabulary_id = vocabulary.id
    const result = t.call('package_create', t.sysadmin, body)
    expectLikeCkan(result, recordedResult('067'))
    expect(result.tags[1].vocabulary_id).toBe(vocabulary.id)
  })

  it('accepts a raw JSON body sent as a form (085)', () => {
    expectLikeCkan(t.call('package_create', t.sysadmin, JSON.parse(replay('085').raw)), recordedResult('085'))
  })
})

describe('package_create', () => {
  let t: Catalog
  beforeEach(() => {
    t = catalog()
  })
  afterEach(() => t.close())

  it('accumulates both name messages for a one-letter name', () => {
    expect(t.failure('package_create', t.sysadmin, { name: 'x', owner_org: 'rec-org-ac8697' })).toEqual({
      __type: 'Validation Error',
      name: ['Must be at least 2 characters long', 'Name "x" length is less than minimum 2'],
    })
  })

  it('reports reserved and overlong names', () => {
    expect(t.failure('package_create', t.sysadmin, { name: 'new', owner_org: 'rec-org-ac8697' }).name).toEqual([
      'That name cannot be used',
    ])
    const long = 'a'.repeat(101)
    expect(t.failure('package_create', t.sysadmin, { name: long, owner_org: 'rec-org-ac8697' }).name).toEqual([
      'Name must be a maximum of 100 characters long',
      `Name "${long}" length is more than maximum 100`,
    ])
  })

  it('refuses an outsider with no organization', () => {
    expect(t.failure('package_create', t.outsider, { name: 'by-outsider', owner_org: 'rec-org-ac8697' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User outsider-ac8697 not authorized to create packages',
    })
  })

  it('refuses an editor adding to another organization', () => {
    expect(t.failure('package_create', t.editor, { name: 'elsewhere', owner_org: 'rec-org2-ac8697' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User editor-user-ac8697 not authorized to add dataset to this organization',
    })
  })

  it('lets an organization admin create', () => {
    expect(t.call('package_create', t.admin, { name: 'by-admin', owner_org: 'rec-org-ac8697' }).name).toBe('by-admin')
  })

  it('keeps a client id only for sysadmins', () => {
    const id = '11111111-2222-4333-8444-555555555555'
    expect(t.failure('package_create', t.editor, { id, name: 'with-id', owner_org: 'rec-org-ac8697' })).toEqual({
      __type: 'Validation Error',
      id: ['The input field id was not expected.'],
    })
    expect(t.call('package_create', t.sysadmin, { id, name: 'with-id', owner_org: 'rec-org-ac8697' }).id).toBe(id)
    expect(t.failure('package_create', t.sysadmin, { id, name: 'with-id-2', owner_org: 'rec-org-ac8697' }).id).toEqual([
      'Dataset id already exists',
    ])
  })

  it('keeps a create-time state only for sysadmins', () => {
    expect(minimal(t, 'draft-by-admin', { state: 'draft' }).state).toBe('draft')
    const byEditor = t.call('package_create', t.editor, { name: 'draft-by-editor', owner_org: 'rec-org-ac8697', state: 'draft' })
    expect(byEditor.state).toBe('active')
  })

  it('lets a new dataset take the name of a deleted one, which is renamed to its id', () => {
    const old = minimal(t, 'reused-name')
    t.call('package_delete', t.sysadmin, { id: old.id })
    const fresh = minimal(t, 'reused-name')
    expect(fresh.id).not.toBe(old.id)
    const renamed = t.call('package_show', t.sysadmin, { id: old.id })
    expect(renamed.name).toBe(old.id)
    expect(renamed.state).toBe('deleted')
  })

  it('adds the dataset to listed groups the caller may add to', () => {
    const result = minimal(t, 'in-group', { groups: [{ name: 'rec-group-ac8697' }] })
    expect(result.groups).toEqual([
      {
        description: 'Group created by the recorder',
        display_name: 'Recorder Group ac8697',
        id: t.group.id,
        image_display_url: '',
        name: 'rec-group-ac8697',
        title: 'Recorder Group ac8697',
      },
    ])
  })

  it('refuses groups the caller is not a member of, and unknown groups; a sysadmin\'s unknown groups are left out', () => {
    const body = { name: 'grouped', owner_org: 'rec-org-ac8697', groups: [{ name: 'rec-group-ac8697' }] }
    expect(t.failure('package_create', t.editor, body)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User editor-user-ac8697 not authorized to edit these groups',
    })
    expect(t.failure('package_create', t.editor, { ...body, groups: [{ name: 'no-such-group' }] })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Group was not found.',
    })
    // The group check is in CKAN's auth function, which sysadmins skip; saving drops a group it cannot find.
    const bySysadmin = t.call('package_create', t.sysadmin, { ...body, name: 'grouped-by-sysadmin', groups: [{ name: 'no-such-group' }, { name: 'rec-group-ac8697' }] })
    expect(bySysadmin.groups.map((g: any) => g.name)).toEqual(['rec-group-ac8697'])
    t.call('group_member_create', t.sysadmin, { id: 'rec-group-ac8697', username: 'editor-user-ac8697', role: 'member' })
    expect(t.call('package_create', t.editor, body).groups).toHaveLength(1)
  })

  it('keeps custom fields, multilingual dicts, lists of dicts and non-string extras exactly as sent', () => {
    const custom = {
      title_translated: { en: 'Rivers', fr: 'Rivières' },
      keywords: { en: ['water'], fr: ['eau'] },
      contacts: [{ name: 'Ada', roles: ['author'] }],
      update_frequency: 'monthly',
      has_geodata: true,
    }
    const extras = [
      { key: 'flag', value: true },
      { key: 'codes', value: ['015:11', '015:12'] },
    ]
    const created = minimal(t, 'custom-fields', { ...custom, extras })
    const shown = t.call('package_show', t.anonymous, { id: created.id })
    for (const [key, value] of Object.entries(custom)) expect(shown[key]).toEqual(value)
    expect(shown.extras).toEqual([extras[1], extras[0]])
  })

  it('keeps unknown resource keys and normalises formats', () => {
    const result = minimal(t, 'res-keys', {
      resources: [
        { url: 'http://example.org/a.csv', format: 'text/csv', language: ['en', 'fr'], name_translated: { en: 'A' } },
        { url: 'example.org/b', format: 'csv' },
      ],
    })
    expect(result.resources[0]).toMatchObject({ format: 'CSV', language: ['en', 'fr'], name_translated: { en: 'A' } })
    expect(result.resources[1]).toMatchObject({ format: 'CSV', url: 'http://example.org/b' })
  })

  it('reports resource errors aligned with the resources sent', () => {
    const body = {
      name: 'bad-resources',
      owner_org: 'rec-org-ac8697',
      resources: [{ url: 'http://example.org/ok.csv' }, { url: 'x', size: 'big', last_modified: 'yesterday' }],
    }
    expect(t.failure('package_create', t.sysadmin, body)).toEqual({
      __type: 'Validation Error',
      resources: [{}, { size: ['Invalid integer'], last_modified: ['Date format incorrect'] }],
    })
  })

  it('converts resource sizes and dates as CKAN does', () => {
    const result = minimal(t, 'conversions', {
      resources: [{ url: 'http://example.org/a', size: '1024', created: '2012-01-01', last_modified: '2020-05-06T07:08:09.5' }],
    })
    expect(result.resources[0]).toMatchObject({
      size: 1024,
      created: '2012-01-01T00:00:00',
      last_modified: '2020-05-06T07:08:09.500000',
    })
  })

  it('does not guess a mimetype on create, but guesses an empty format (022)', () => {
    const [resource] = minimal(t, 'guesses', { resources: [{ url: 'http://example.org/data.geojson' }] }).resources
    expect(resource.format).toBe('GeoJSON')
    expect(resource.mimetype).toBeNull()
  })

  it('takes tags from tag_string and vocabulary tags by vocabulary', () => {
    const vocabulary = t.call('vocabulary_create', t.sysadmin, { name: 'colors', tags: [{ name: 'red' }] })
    const result = minimal(t, 'tagged', {
      tags: [{ name: 'red', vocabulary_id: vocabulary.id }, { name: 'zebra' }],
      tag_string: 'alpha, beta',
    })
    expect(result.tags.map((tag: any) => [tag.name, tag.vocabulary_id])).toEqual([
      ['alpha', null],
      ['beta', null],
      ['red', vocabulary.id],
      ['zebra', null],
    ])
    expect(result.num_tags).toBe(4)
    expect(t.failure('package_create', t.sysadmin, { name: 'bad-vocab', owner_org: 'rec-org-ac8697', tags: [{ name: 'blue', vocabulary_id: 'nope' }] })).toEqual({
      __type: 'Validation Error',
      tags: [{ vocabulary_id: ['Tag vocabulary was not found.'] }],
    })
    expect(t.failure('package_create', t.sysadmin, { name: 'bad-tag-string', owner_org: 'rec-org-ac8697', tag_string: 'ok, x' })).toEqual({
      __type: 'Validation Error',
      tag_string: ['Tag "x" length is less than minimum 2'],
    })
  })

  it('turns booleans and numbers in text fields into text as unicode_safe does (JSON: true, 42)', () => {
    const created = t.call('package_create', t.sysadmin, {
      name: true, owner_org: 'rec-org-ac8697', title: false, version: 42, author: true,
      tags: [{ name: true }], resources: [{ url: 'http://example.org/a', name: false }],
    })
    // title false is empty to if_empty_same_as("name"), so it takes the name.
    expect(created).toMatchObject({ name: 'true', title: 'true', version: '42', author: 'true' })
    expect(created.tags[0].name).toBe('true')
    expect(created.resources[0].name).toBe('false')
    // A list or dict name becomes its JSON text first, which then fails the name's form.
    expect(t.failure('package_create', t.sysadmin, { name: ['abc'], owner_org: 'rec-org-ac8697' }).name).toEqual([
      'Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_',
    ])
  })

  it('holds one resource per id: a later dict with the same id updates the earlier one in its place', () => {
    const id = '11111111-1111-4111-8111-111111111111'
    const created = t.call('package_create', t.sysadmin, {
      name: 'one-per-id', owner_org: 'rec-org-ac8697',
      resources: [{ id, url: 'http://example.org/a', name: 'A', format: 'CSV' }, { url: 'http://example.org/x' }, { id, url: 'http://example.org/b' }],
    })
    expect(created.num_resources).toBe(2)
    expect(created.resources.map((r: any) => [r.id === id, r.url, r.name, r.format, r.position])).toEqual([
      [true, 'http://example.org/b', 'A', 'CSV', 0],
      [false, 'http://example.org/x', null, '', 1],
    ])
    const again = t.call('resource_create', t.sysadmin, { package_id: 'one-per-id', id, url: 'http://example.org/c' })
    expect(again).toMatchObject({ id, url: 'http://example.org/c', name: 'A', position: 0 })
    expect(t.call('package_show', t.sysadmin, { id: 'one-per-id' }).resources).toHaveLength(2)
  })

  it('validates emails and the version length', () => {
    expect(
      t.failure('package_create', t.sysadmin, {
        name: 'emails',
        owner_org: 'rec-org-ac8697',
        author_email: 'not an email',
        version: 'v'.repeat(101),
      }),
    ).toEqual({
      __type: 'Validation Error',
      author_email: ['Email not an email is not a valid format'],
      version: ['Version must be a maximum of 100 characters long'],
    })
  })

  it("refuses emails with a leading, trailing or doubled dot, as CKAN's email_pattern does", () => {
    expect(
      t.failure('package_create', t.sysadmin, {
        name: 'dotted-emails',
        owner_org: 'rec-org-ac8697',
        author_email: 'a..b@example.org',
        maintainer_email: '.a@example.org',
      }),
    ).toEqual({
      __type: 'Validation Error',
      author_email: ['Email a..b@example.org is not a valid format'],
      maintainer_email: ['Email .a@example.org is not a valid format'],
    })
    expect(minimal(t, 'trailing-dot', { author_email: 'a.@example.org' }).author_email).toBe('a.@example.org')
    expect(t.failure('package_create', t.sysadmin, { name: 'end-dot', owner_org: 'rec-org-ac8697', author_email: 'a@example.org.' })).toEqual({
      __type: 'Validation Error',
      author_email: ['Email a@example.org. is not a valid format'],
    })
  })

  it("finds a tag's vocabulary by id only, as vocabulary_id_exists does", () => {
    const vocabulary = t.call('vocabulary_create', t.sysadmin, { name: 'colors', tags: [{ name: 'red' }] })
    expect(t.failure('package_create', t.sysadmin, { name: 'vocab-name', owner_org: 'rec-org-ac8697', tags: [{ name: 'red', vocabulary_id: 'colors' }] })).toEqual({
      __type: 'Validation Error',
      tags: [{ vocabulary_id: ['Tag vocabulary was not found.'] }],
    })
    expect(minimal(t, 'vocab-id', { tags: [{ name: 'red', vocabulary_id: vocabulary.id }] }).num_tags).toBe(1)
  })

  it('answers a list or dict as owner_org with a 409 (CKAN 2.10 fails with a 500)', () => {
    for (const owner of [['rec-org-ac8697'], { id: 'rec-org-ac8697' }]) {
      expect(t.failure('package_create', t.sysadmin, { name: 'listed-org', owner_org: owner })).toEqual({
        __type: 'Validation Error',
        owner_org: ['Organization does not exist'],
      })
    }
  })

  it('refuses an extra named like a dataset field', () => {
    expect(t.failure('package_create', t.sysadmin, { name: 'extra-name', owner_org: 'rec-org-ac8697', extras: [{ key: 'title', value: 'x' }] })).toEqual({
      __type: 'Validation Error',
      extras: [{ key: ['There is a schema field with the same name'] }],
    })
  })

  it('answers tags given as strings with an Integrity Error', () => {
    const error = t.failure('package_create', t.sysadmin, { name: 'str-tags', owner_org: 'rec-org-ac8697', tags: ['a', 'b'] })
    expect(error.__type).toBe('Integrity Error')
    expect(error.message).toBe("Only lists of dicts can be placed against subschema ('tags',), not <class 'list'>")
  })

  it("records a 'new package' activity carrying the dataset", () => {
    const created = minimal(t, 'with-activity')
    const row = sql(t.engine.db, 'SELECT * FROM activities WHERE object_id = ?').get(created.id) as any
    expect(row.activity_type).toBe('new package')
    expect(t.call('activity_show', t.sysadmin, { id: row.id }).data.package).toEqual(created)
  })

  it('leaves nothing behind when validation fails', () => {
    t.failure('package_create', t.sysadmin, { name: 'x', owner_org: 'rec-org-ac8697' })
    expect(sql(t.engine.db, 'SELECT count(*) AS n FROM packages').get()).toEqual({ n: 0 })
  })
})

describe('package_create with unowned datasets allowed', () => {
  it('creates datasets without an organization, never private', () => {
    const t = catalog({ createUnownedDataset: true })
    expect(t.call('package_create', t.outsider, { name: 'unowned' }).owner_org).toBeNull()
    expect(t.failure('package_create', t.outsider, { name: 'unowned-private', private: true })).toEqual({
      __type: 'Validation Error',
      private: ["Datasets with no organization can't be private."],
    })
    t.close()
  })
})
