import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../electron/engine/time.ts'
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

describe('engine.transaction', () => {
  function stagedUpload(dataDir: string, content: string) {
    const dir = join(dataDir, 'files', 'tmp')
    mkdirSync(dir, { recursive: true })
    const tempPath = join(dir, `${newId()}.upload`)
    writeFileSync(tempPath, content)
    return { tempPath, filename: 'rivers.csv', size: content.length, sha256: createHash('sha256').update(content).digest('hex'), contentType: '' }
  }

  it('moves an upload into place only once the outer transaction commits', () => {
    const t = testEngine({ onDisk: true })
    const org = t.call('organization_create', t.sysadmin, { name: 'tx-org' })
    t.call('package_create', t.sysadmin, { name: 'tx-a', owner_org: org.id })
    const resource = t.engine.transaction(() =>
      t.call('resource_create', t.sysadmin, { package_id: 'tx-a', upload: stagedUpload(t.dataDir!, 'id\n1\n') }),
    )
    expect(readFileSync(join(t.dataDir!, 'files', resource.id, 'rivers.csv'), 'utf8')).toBe('id\n1\n')
    t.close()
  })

  it('leaves no record and no file when the outer transaction rolls back', () => {
    const t = testEngine({ onDisk: true })
    const org = t.call('organization_create', t.sysadmin, { name: 'tx-org' })
    t.call('package_create', t.sysadmin, { name: 'tx-a', owner_org: org.id })
    let id = ''
    expect(() =>
      t.engine.transaction(() => {
        id = t.call('resource_create', t.sysadmin, { package_id: 'tx-a', upload: stagedUpload(t.dataDir!, 'x') }).id
        throw new Error('abort the batch')
      }),
    ).toThrow('abort the batch')
    expect(t.failure('resource_show', t.sysadmin, { id }).__type).toBe('Not Found Error')
    expect(existsSync(join(t.dataDir!, 'files', id))).toBe(false)
    t.close()
  })
})
