import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { exchange, haveExchanges } from '../../users/exchanges.ts'

const colors = { name: 'colors', tags: [{ name: 'red' }, { name: 'green' }] }

describe('vocabulary_create', () => {
  it.skipIf(!haveExchanges)('returns id, name and tags in creation order, as CKAN 2.10 does (066)', () => {
    const t = testEngine()
    const recorded = exchange('066')
    const vocabulary = t.call('vocabulary_create', t.sysadmin, recorded.request.body)
    const expected = recorded.response.body.result
    expect(Object.keys(vocabulary)).toEqual(Object.keys(expected))
    expect(vocabulary.name).toBe(expected.name)
    expect(vocabulary.tags.map((tag: any) => Object.keys(tag))).toEqual(expected.tags.map((tag: any) => Object.keys(tag)))
    expect(vocabulary.tags.map((tag: any) => [tag.name, tag.display_name, tag.vocabulary_id])).toEqual(
      expected.tags.map((tag: any) => [tag.name, tag.display_name, vocabulary.id]),
    )
    t.close()
  })

  it('is for sysadmins only', () => {
    const t = testEngine()
    expect(t.failure('vocabulary_create', t.anonymous, colors).message).toBe(
      'Access denied: Action vocabulary_create requires an authenticated user',
    )
    expect(t.failure('vocabulary_create', t.user('someone'), colors)).toEqual({
      __type: 'Authorization Error', message: 'Access denied',
    })
    t.close()
  })

  it('refuses a taken name, a missing name and a client id', () => {
    const t = testEngine()
    t.call('vocabulary_create', t.sysadmin, colors)
    expect(t.failure('vocabulary_create', t.sysadmin, { name: 'colors' })).toEqual({
      __type: 'Validation Error', name: ['That vocabulary name is already in use.'],
    })
    expect(t.failure('vocabulary_create', t.sysadmin, {})).toEqual({ __type: 'Validation Error', name: ['Missing value'] })
    expect(t.failure('vocabulary_create', t.sysadmin, { name: 'x', id: 'mine' })).toEqual({
      __type: 'Validation Error',
      id: ['The input field id was not expected.'],
      name: ['Name must be at least 2 characters long'],
    })
    t.close()
  })

  it('reports bad tags as CKAN\'s flattened tag messages', () => {
    const t = testEngine()
    expect(t.failure('vocabulary_create', t.sysadmin, { name: 'v1', tags: [{ name: 'ok' }, { name: 'a' }, { name: 'b/c' }] })).toEqual({
      __type: 'Validation Error',
      tags: [
        'Tag "a" length is less than minimum 2',
        'Tag "b/c" can only contain alphanumeric characters, spaces (" "), hyphens ("-"), underscores ("_") or dots (".")',
      ],
    })
    t.close()
  })

  it('answers a list of strings for tags with a 400 Integrity Error', () => {
    const t = testEngine()
    const error = t.failure('vocabulary_create', t.sysadmin, { name: 'v1', tags: ['red'] })
    expect(error.__type).toBe('Integrity Error')
    expect(error.message).toBe("Only lists of dicts can be placed against subschema ('tags',), not <class 'list'>")
    t.close()
  })
})

describe('vocabulary_show and vocabulary_list', () => {
  it('shows a vocabulary by id or name, to anyone', () => {
    const t = testEngine()
    const created = t.call('vocabulary_create', t.sysadmin, colors)
    expect(t.call('vocabulary_show', t.anonymous, { id: 'colors' })).toEqual(created)
    expect(t.call('vocabulary_show', t.anonymous, { id: created.id })).toEqual(created)
    expect(t.call('vocabulary_list', t.anonymous)).toEqual([created])
    t.close()
  })

  it('answers CKAN\'s bare-string error for a missing id and a 404 for an unknown one', () => {
    const t = testEngine()
    expect(t.failure('vocabulary_show', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: 'id not in data' })
    expect(t.failure('vocabulary_show', t.anonymous, { id: 'nope' })).toEqual({
      __type: 'Not Found Error', message: 'Not found: Could not find vocabulary "nope"',
    })
    t.close()
  })
})

describe('vocabulary_update', () => {
  it('renames and replaces the tag list (removed tags go, kept ones keep their ids)', () => {
    const t = testEngine()
    const created = t.call('vocabulary_create', t.sysadmin, colors)
    const updated = t.call('vocabulary_update', t.sysadmin, { id: created.id, name: 'colours', tags: [{ name: 'green' }, { name: 'blue' }] })
    expect(updated.name).toBe('colours')
    expect(updated.tags.map((tag: any) => tag.name)).toEqual(['green', 'blue'])
    expect(updated.tags[0].id).toBe(created.tags[1].id)
    t.close()
  })

  it('accepts the current name again, refuses another vocabulary\'s', () => {
    const t = testEngine()
    t.call('vocabulary_create', t.sysadmin, colors)
    t.call('vocabulary_create', t.sysadmin, { name: 'sizes' })
    expect(t.call('vocabulary_update', t.sysadmin, { id: 'colors', name: 'colors' }).tags).toHaveLength(2)
    expect(t.failure('vocabulary_update', t.sysadmin, { id: 'colors', name: 'sizes' })).toEqual({
      __type: 'Validation Error', name: ['That vocabulary name is already in use.'],
    })
    t.close()
  })

  it('finds the vocabulary before checking auth, as CKAN does', () => {
    const t = testEngine()
    t.call('vocabulary_create', t.sysadmin, colors)
    expect(t.failure('vocabulary_update', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: 'id not in data' })
    expect(t.failure('vocabulary_update', t.anonymous, { id: 'nope' }).__type).toBe('Not Found Error')
    expect(t.failure('vocabulary_update', t.user('someone'), { id: 'colors' }).message).toBe('Access denied')
    t.close()
  })
})

describe('vocabulary_delete', () => {
  it('deletes the vocabulary and its tags', () => {
    const t = testEngine()
    t.call('vocabulary_create', t.sysadmin, colors)
    expect(t.call('vocabulary_delete', t.sysadmin, { id: 'colors' })).toBeNull()
    expect(t.failure('vocabulary_show', t.anonymous, { id: 'colors' }).__type).toBe('Not Found Error')
    expect(t.engine.db.prepare('SELECT count(*) AS n FROM tags').get()).toEqual({ n: 0 })
    t.close()
  })

  it('is for sysadmins only, after the lookup', () => {
    const t = testEngine()
    t.call('vocabulary_create', t.sysadmin, colors)
    expect(t.failure('vocabulary_delete', t.user('someone'), { id: 'colors' }).message).toBe('Access denied')
    expect(t.failure('vocabulary_delete', t.sysadmin, { id: '' })).toEqual({ __type: 'Validation Error', id: 'id not in data' })
    t.close()
  })
})
