import { describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { queueForIndex } from '../../../../../electron/engine/search/index-queue.ts'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { exchange, haveExchanges } from '../../users/exchanges.ts'

/**
 * A dataset row with free tags, written directly (the package actions are engineer A's) and
 * queued for the search index, where tag_list and tag_show find which datasets carry a tag.
 */
function datasetWithTags(t: TestEngine, name: string, tags: string[], extra: { private?: number; state?: string; owner_org?: string } = {}) {
  const tagDicts = tags.map((tag) => {
    let row = sql(t.engine.db, 'SELECT id FROM tags WHERE name = ? AND vocabulary_id IS NULL').get(tag) as { id: string } | undefined
    if (!row) {
      row = { id: `tag-${tag}` }
      sql(t.engine.db, 'INSERT INTO tags (id, name) VALUES (?, ?)').run(row.id, tag)
    }
    return { display_name: tag, id: row.id, name: tag, state: 'active', vocabulary_id: null }
  })
  const state = extra.state ?? 'active'
  const data = { id: name, name, type: 'dataset', state, private: extra.private === 1, owner_org: extra.owner_org ?? null, tags: tagDicts, resources: [], extras: [] }
  sql(
    t.engine.db,
    `INSERT INTO packages (id, name, state, private, owner_org, metadata_created, metadata_modified, data)
     VALUES (?, ?, ?, ?, ?, '2024-01-01T00:00:00', '2024-01-01T00:00:00', ?)`,
  ).run(name, name, state, extra.private ?? 0, extra.owner_org ?? null, JSON.stringify(data))
  queueForIndex(t.engine.db, name)
}

describe('tag_list', () => {
  it('lists free tags on active datasets, unsorted (database order, 068)', () => {
    const t = testEngine()
    datasetWithTags(t, 'one', ['water', 'Air', 'economy'])
    datasetWithTags(t, 'two', ['air quality', 'water'])
    datasetWithTags(t, 'gone', ['deleted-only'], { state: 'deleted' })
    expect(t.call('tag_list', t.anonymous)).toEqual(['water', 'Air', 'economy', 'air quality'])
    t.close()
  })

  it('leaves out vocabulary tags and unused free tags', () => {
    const t = testEngine()
    t.call('vocabulary_create', t.sysadmin, { name: 'colors', tags: [{ name: 'red' }] })
    sql(t.engine.db, "INSERT INTO tags (id, name) VALUES ('lonely', 'lonely')").run()
    datasetWithTags(t, 'one', ['water'])
    expect(t.call('tag_list', t.anonymous)).toEqual(['water'])
    t.close()
  })

  it('hides tags used only by private datasets from those who cannot read them', () => {
    const t = testEngine()
    sql(t.engine.db, `INSERT INTO groups (id, name, type, is_organization, created) VALUES ('org1', 'org', 'organization', 1, 'now')`).run()
    const member = t.user('member')
    sql(t.engine.db, `INSERT INTO members (id, table_name, table_id, group_id, capacity) VALUES ('m', 'user', ?, 'org1', 'member')`).run(member.user!.id)
    datasetWithTags(t, 'secret', ['secret-tag'], { private: 1, owner_org: 'org1' })
    expect(t.call('tag_list', t.anonymous)).toEqual([])
    expect(t.call('tag_list', t.user('outsider'))).toEqual([])
    expect(t.call('tag_list', member)).toEqual(['secret-tag'])
    expect(t.call('tag_list', t.sysadmin)).toEqual(['secret-tag'])
    t.close()
  })

  it('filters by query or q, case-insensitively, every term required', () => {
    const t = testEngine()
    datasetWithTags(t, 'one', ['Water Quality', 'water', 'air quality'])
    expect(t.call('tag_list', t.anonymous, { query: 'WATER' })).toEqual(['Water Quality', 'water'])
    expect(t.call('tag_list', t.anonymous, { q: ['water', 'qual'] })).toEqual(['Water Quality'])
    t.close()
  })

  it.skipIf(!haveExchanges)('with vocabulary_id lists all its tags in creation order, used or not (069)', () => {
    const t = testEngine()
    const vocabulary = t.call('vocabulary_create', t.sysadmin, exchange('066').request.body)
    expect(t.call('tag_list', t.anonymous, { vocabulary_id: vocabulary.id })).toEqual(exchange('069').response.body.result)
    expect(t.call('tag_list', t.anonymous, { vocabulary_id: vocabulary.name, all_fields: 'true' })).toEqual(vocabulary.tags)
    t.close()
  })

  it('answers 404 for an unknown vocabulary', () => {
    const t = testEngine()
    expect(t.failure('tag_list', t.anonymous, { vocabulary_id: 'nope' })).toEqual({
      __type: 'Not Found Error', message: "Not found: could not find vocabulary 'nope'",
    })
    t.close()
  })

  it('returns tag dicts with all_fields', () => {
    const t = testEngine()
    datasetWithTags(t, 'one', ['water'])
    expect(t.call('tag_list', t.anonymous, { all_fields: true })).toEqual([
      { id: 'tag-water', name: 'water', vocabulary_id: null, display_name: 'water' },
    ])
    t.close()
  })
})

describe('tag_show', () => {
  it('shows a free tag by name or id, and a vocabulary tag within its vocabulary', () => {
    const t = testEngine()
    datasetWithTags(t, 'one', ['water'])
    const vocabulary = t.call('vocabulary_create', t.sysadmin, { name: 'colors', tags: [{ name: 'red' }] })
    const free = { id: 'tag-water', name: 'water', vocabulary_id: null, display_name: 'water' }
    expect(t.call('tag_show', t.anonymous, { id: 'water' })).toEqual(free)
    expect(t.call('tag_show', t.anonymous, { id: 'tag-water' })).toEqual(free)
    expect(t.call('tag_show', t.anonymous, { id: 'red', vocabulary_id: 'colors' })).toEqual(vocabulary.tags[0])
    t.close()
  })

  it('answers a bare 404 for a tag not in the given (or free) space, and names an unknown vocabulary', () => {
    const t = testEngine()
    t.call('vocabulary_create', t.sysadmin, { name: 'colors', tags: [{ name: 'red' }] })
    expect(t.failure('tag_show', t.anonymous, { id: 'red' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    // CKAN 2.10's Tag.get finds nothing in an unknown vocabulary, nor a tag of another vocabulary by id.
    expect(t.failure('tag_show', t.anonymous, { id: 'red', vocabulary_id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('tag_show', t.anonymous, { id: 'blue', vocabulary_id: 'colors' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('tag_show', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    t.close()
  })
})

describe('tag_create', () => {
  it('adds a tag to a vocabulary and returns it with an empty package list', () => {
    const t = testEngine()
    const vocabulary = t.call('vocabulary_create', t.sysadmin, { name: 'colors' })
    const tag = t.call('tag_create', t.sysadmin, { name: 'Jazz', vocabulary_id: vocabulary.id })
    expect(tag).toMatchObject({ name: 'Jazz', vocabulary_id: vocabulary.id, display_name: 'Jazz', packages: [] })
    expect(t.call('vocabulary_show', t.anonymous, { id: 'colors' }).tags.map((x: any) => x.name)).toEqual(['Jazz'])
    t.close()
  })

  it("takes the vocabulary's id only, as CKAN's vocabulary_id_exists looks up by primary key", () => {
    const t = testEngine()
    t.call('vocabulary_create', t.sysadmin, { name: 'colors' })
    expect(t.failure('tag_create', t.sysadmin, { name: 'Jazz', vocabulary_id: 'colors' })).toEqual({
      __type: 'Validation Error',
      vocabulary_id: ['Tag vocabulary was not found.'],
    })
    t.close()
  })

  it('validates as CKAN: name rules, vocabulary required and known, no duplicates, no client id', () => {
    const t = testEngine()
    const vocabulary = t.call('vocabulary_create', t.sysadmin, { name: 'colors', tags: [{ name: 'red' }] })
    expect(t.failure('tag_create', t.sysadmin, { name: 'x!' })).toEqual({
      __type: 'Validation Error',
      name: [
        'Tag "x!" can only contain alphanumeric characters, spaces (" "), hyphens ("-"), underscores ("_") or dots (".")',
      ],
      vocabulary_id: ['Missing value'],
    })
    expect(t.failure('tag_create', t.sysadmin, { name: 'blue', vocabulary_id: 'nope' }).vocabulary_id).toEqual([
      'Tag vocabulary was not found.',
    ])
    expect(t.failure('tag_create', t.sysadmin, { name: 'red', vocabulary_id: vocabulary.id }).vocabulary_id).toEqual([
      `Tag red already belongs to vocabulary ${vocabulary.id}`,
    ])
    expect(t.failure('tag_create', t.sysadmin, { id: 'x', name: 'blue', vocabulary_id: 'colors' }).id).toEqual([
      'The input field id was not expected.',
    ])
    t.close()
  })

  it('is for sysadmins only', () => {
    const t = testEngine()
    t.call('vocabulary_create', t.sysadmin, { name: 'colors' })
    expect(t.failure('tag_create', t.user('someone'), { name: 'blue', vocabulary_id: 'colors' }).message).toBe('Access denied')
    expect(t.failure('tag_create', t.anonymous, { name: 'blue', vocabulary_id: 'colors' }).message).toBe(
      'Access denied: Action tag_create requires an authenticated user',
    )
    t.close()
  })
})

describe('tag_delete', () => {
  it('deletes a vocabulary tag', () => {
    const t = testEngine()
    t.call('vocabulary_create', t.sysadmin, { name: 'colors', tags: [{ name: 'red' }, { name: 'blue' }] })
    expect(t.call('tag_delete', t.sysadmin, { id: 'red', vocabulary_id: 'colors' })).toBeNull()
    expect(t.call('tag_list', t.anonymous, { vocabulary_id: 'colors' })).toEqual(['blue'])
    t.close()
  })

  it('finds the tag first (bare-string error, 404), then requires a sysadmin', () => {
    const t = testEngine()
    t.call('vocabulary_create', t.sysadmin, { name: 'colors', tags: [{ name: 'red' }] })
    expect(t.failure('tag_delete', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: 'id not in data' })
    expect(t.failure('tag_delete', t.anonymous, { id: 'red' })).toEqual({
      __type: 'Not Found Error', message: 'Not found: Could not find tag "red"',
    })
    expect(t.failure('tag_delete', t.user('someone'), { id: 'red', vocabulary_id: 'colors' }).message).toBe('Access denied')
    expect(t.failure('tag_delete', t.sysadmin, { id: 'red', vocabulary_id: 'shapes' }).message).toBe('Not found: Could not find tag "red"')
    t.close()
  })

  // CKAN 2.10's test_delete.py TestDeleteTags test_vocab_does_not_exist: Tag.get checks the vocabulary first.
  it('finds no tag by id in an unknown vocabulary or another one', () => {
    const t = testEngine()
    const colors = t.call('vocabulary_create', t.sysadmin, { name: 'colors', tags: [{ name: 'red' }] })
    t.call('vocabulary_create', t.sysadmin, { name: 'shapes', tags: [{ name: 'round' }] })
    const red = colors.tags[0]
    expect(t.failure('tag_delete', t.sysadmin, { id: red.id, vocabulary_id: 'not-a-real-id' })).toEqual({
      __type: 'Not Found Error', message: `Not found: Could not find tag "${red.id}"`,
    })
    expect(t.failure('tag_delete', t.sysadmin, { id: red.id, vocabulary_id: 'shapes' }).__type).toBe('Not Found Error')
    expect(t.failure('tag_show', t.anonymous, { id: red.id, vocabulary_id: 'shapes' }).__type).toBe('Not Found Error')
    expect(t.call('tag_show', t.anonymous, { id: red.id }).name).toBe('red')
    t.call('tag_delete', t.sysadmin, { id: red.id, vocabulary_id: 'colors' })
    expect(t.call('vocabulary_show', t.anonymous, { id: 'colors' }).tags).toEqual([])
    t.close()
  })
})
