/**
 * A fresh engine per test (real SQLite, in memory or in a temp directory),
 * with a sysadmin, and shortcuts to call actions and read CKAN errors.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ErrorBody } from '../../shared/envelope.ts'
import type { EngineConfig } from '../../electron/engine/config.ts'
import { Engine, type Caller, type UserCaller } from '../../electron/engine/engine.ts'
import { ActionError, BadRequest } from '../../electron/engine/errors.ts'
import { sql } from '../../electron/engine/db/statements.ts'
import { ckanNow, newId } from '../../electron/engine/time.ts'

export type TestEngine = ReturnType<typeof testEngine>

/** An engine over a new database, with a sysadmin called "admin". */
export function testEngine(options: { onDisk?: boolean; config?: Partial<EngineConfig> } = {}) {
  const dataDir = options.onDisk ? mkdtempSync(join(tmpdir(), 'shelfmark-test-')) : undefined
  const engine = Engine.open({ dataDir, config: options.config })
  const sysadmin = insertUser(engine, 'admin', true)
  return {
    engine,
    dataDir,
    sysadmin,
    anonymous: engine.anonymous(),
    /** Runs an action and returns its result (throws on failure). */
    call(name: string, caller: Caller, params: Record<string, unknown> = {}): any {
      return engine.call(name, caller, params)
    },
    /** Runs an action that must fail; returns CKAN's error body (a bare-400 string for BadRequest). */
    failure(name: string, caller: Caller, params: Record<string, unknown> = {}): ErrorBody & Record<string, any> {
      try {
        engine.call(name, caller, params)
      } catch (error) {
        if (error instanceof ActionError) return error.body() as any
        if (error instanceof BadRequest) return { __type: 'Bad Request', message: error.message } as any
        throw error
      }
      throw new Error(`${name} succeeded but a failure was expected`)
    },
    /** Creates a plain (or sysadmin) user directly and returns a caller acting as them. */
    user(name: string, sysadmin = false): UserCaller {
      return insertUser(engine, name, sysadmin)
    },
    close() {
      engine.close()
      // Retries: a server closed just before may still be finishing a request that writes into the folder.
      if (dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 })
    },
  }
}

function insertUser(engine: Engine, name: string, sysadmin: boolean): UserCaller {
  sql(
    engine.db,
    `INSERT INTO users (id, name, email, sysadmin, state, created) VALUES (?, ?, ?, ?, 'active', ?)`,
  ).run(newId(), name, `${name}@example.org`, sysadmin ? 1 : 0, ckanNow())
  return engine.asUser(name)
}
