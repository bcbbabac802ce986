import { describe, expect, it } from 'vitest'
import { BadRequest } from '../../../electron/engine/errors.ts'
import { listMigrations } from '../../../electron/engine/db/open.ts'
import { testEngine } from '../../helpers/test-engine.ts'

describe('engine.call', () => {
  it('refuses an unknown action with CKAN\'s bare 400 text', () => {
    const t = testEngine()
    expect(() => t.call('no_such_action', t.sysadmin)).toThrow(BadRequest)
    expect(t.failure('no_such_action', t.sysadmin).message).toBe('Bad request - Action name not known: no_such_action')
  })
})

describe('migrations', () => {
  it('are numbered without gaps or repeats and all apply', () => {
    const versions = listMigrations().map((m) => m.version)
    expect(new Set(versions).size).toBe(versions.length)
    const t = testEngine()
    expect(t.engine.db.pragma('user_version', { simple: true })).toBe(Math.max(...versions))
  })
})
