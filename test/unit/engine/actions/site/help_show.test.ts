import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('help_show', () => {
  it('returns the action docstring as a string', () => {
    const t = testEngine()
    const help = t.call('help_show', t.anonymous, { name: 'user_create' })
    expect(typeof help).toBe('string')
    expect(help).toContain(':param name:')
    t.close()
  })

  it('answers 404 "Action function not found" for an unknown action', () => {
    const t = testEngine()
    expect(t.failure('help_show', t.anonymous, { name: 'no_such_action' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Action function not found',
    })
    t.close()
  })

  it('requires a name', () => {
    const t = testEngine()
    expect(t.failure('help_show', t.anonymous, {})).toEqual({ __type: 'Validation Error', name: ['Missing value'] })
    t.close()
  })

  it('documents every registered action', () => {
    const t = testEngine()
    for (const name of t.engine.actionNames()) {
      expect(t.call('help_show', t.anonymous, { name }), name).toMatch(/\S/)
    }
    t.close()
  })
})
