import { describe, expect, it } from 'vitest'
import { tagNameErrors, tagStringTags } from '../../../../electron/engine/packages/validate-tags.ts'

describe('tag names', () => {
  it('accept letters and digits of any script, spaces, - _ and .', () => {
    expect(tagNameErrors('Comando da Aeronáutica')).toEqual([])
    expect(tagNameErrors('estadística-2020_v1.2')).toEqual([])
  })

  it('collect the length and charset messages together', () => {
    expect(tagNameErrors('!')).toEqual([
      'Tag "!" length is less than minimum 2',
      'Tag "!" can only contain alphanumeric characters, spaces (" "), hyphens ("-"), underscores ("_") or dots (".")',
    ])
    expect(tagNameErrors('a'.repeat(101))).toEqual([`Tag "${'a'.repeat(101)}" length is more than maximum 100`])
  })

  it('come from a comma-separated tag_string, the first bad one reported', () => {
    expect(tagStringTags(' a1, b2 ,,c3 ')).toEqual({
      tags: [{ name: 'a1', vocabulary_id: null }, { name: 'b2', vocabulary_id: null }, { name: 'c3', vocabulary_id: null }],
      error: null,
    })
    expect(tagStringTags('ok, x, y').error).toBe('Tag "x" length is less than minimum 2')
  })
})
