/**
 * Reads reuse a token's user and an organization's dict only while nothing
 * was committed since: by this connection, another connection, or another
 * process's (a second Engine on the same data directory stands for one).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { Engine } from '../../../../electron/engine/engine.ts'
import { ReadMemo } from '../../../../electron/engine/db/read-memo.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

let t: TestEngine
let second: Engine | null = null
afterEach(() => {
  second?.close()
  second = null
  t.close()
})

/** Whether the token's caller sees the private dataset (an organization member does, anonymous does not). */
function seesPrivate(engine: Engine, token: string): boolean {
  try {
    engine.callAsJson('package_show', engine.callerForToken(token), { id: 'hidden' })
    return true
  } catch {
    return false
  }
}

function withPrivateDataset(): string {
  t = testEngine({ onDisk: true })
  t.call('organization_create', t.sysadmin, { name: 'org', title: 'Before' })
  t.call('package_create', t.sysadmin, { name: 'hidden', owner_org: 'org', private: true })
  return t.call('api_token_create', t.sysadmin, { user: 'admin', name: 'laptop' }).token
}

describe('reads reusing what they read before', () => {
  it('refuse a token at once when this connection revokes it', () => {
    const token = withPrivateDataset()
    expect(seesPrivate(t.engine, token)).toBe(true)
    t.call('api_token_revoke', t.sysadmin, { token })
    expect(seesPrivate(t.engine, token)).toBe(false)
  })

  it('refuse a token at once when another process revokes it', () => {
    const token = withPrivateDataset()
    expect(seesPrivate(t.engine, token)).toBe(true)
    second = Engine.open({ dataDir: t.dataDir })
    second.call('api_token_revoke', second.asUser('admin'), { token })
    expect(seesPrivate(t.engine, token)).toBe(false)
  })

  it('show an organization renamed by another process at once', () => {
    withPrivateDataset()
    const title = () => JSON.parse(t.engine.callAsJson('package_show', t.sysadmin, { id: 'hidden' })).organization.title
    expect(title()).toBe('Before')
    second = Engine.open({ dataDir: t.dataDir })
    second.call('organization_patch', second.asUser('admin'), { id: 'org', title: 'After' })
    expect(title()).toBe('After')
  })

  it('never keep what a write read before it rolled back', () => {
    t = testEngine({ onDisk: true })
    t.call('organization_create', t.sysadmin, { name: 'org' })
    t.call('package_create', t.sysadmin, { name: 'hidden', owner_org: 'org', private: true })
    let token = ''
    expect(() =>
      t.engine.transaction(() => {
        token = t.call('api_token_create', t.sysadmin, { user: 'admin', name: 'gone' }).token
        expect(seesPrivate(t.engine, token)).toBe(true) // inside the write: read afresh, not kept
        throw new Error('roll back')
      }),
    ).toThrow('roll back')
    expect(seesPrivate(t.engine, token)).toBe(false)
  })
})

describe('ReadMemo', () => {
  it('reads every time outside a stamped read', () => {
    t = testEngine()
    const memo = new ReadMemo<number>(10)
    let reads = 0
    memo.get(t.engine.db, 'k', () => ++reads)
    memo.get(t.engine.db, 'k', () => ++reads)
    expect(reads).toBe(2)
  })
})
