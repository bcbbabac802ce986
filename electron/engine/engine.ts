/**
 * The action engine: CKAN's Action API over one SQLite database.
 *
 * `call(name, caller, params)` runs auth → validation → handler inside one
 * transaction, as CKAN does; it knows nothing of HTTP, IPC or Electron.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { defaultConfig, type EngineConfig } from './config.ts'
import { readConfigFile } from './config-file.ts'
import type { Context, UserRow } from './context.ts'
import { Checkpointer } from './db/checkpointer.ts'
import { openDatabase, type Sqlite, type WorkInTransaction } from './db/open.ts'
import { withReadStamp } from './db/read-memo.ts'
import { sql } from './db/statements.ts'
import { inCatalogWriteTransaction, transactionWrapper } from './db/transaction-wrapper.ts'
import type { ActionDefinition } from './define-action.ts'
import { BadRequest, IntegrityError } from './errors.ts'
import { sweepFileStore } from './files/sweep.ts'
import { registry } from './registry.ts'
import { attachSearchIndex, indexFileName } from './search/index-file.ts'
import { catchUpIndex, isBusy, queuedEverHere, queuedHereSinceCatchUp } from './search/index-queue.ts'
import { IndexThread } from './search/index-thread.ts'
import { noteTokenUse, tokenHolder } from './auth/tokens.ts'
import { validateOrThrow } from './validate/navl.ts'

/** The catalog's SQLite file inside a data directory. */
export const catalogFileName = 'catalog.sqlite'

type PendingTasks = { after: (() => void)[]; rollbacks: (() => void)[] }

/**
 * Who is calling: a user row (null for anonymous), or an API token that each
 * call resolves inside its own transaction, so a revoked token fails at once
 * and the lookup shares the action's read lock.
 */
export type Caller = UserCaller | { token: string }

/** A caller already resolved to a user row, or null for anonymous. */
export type UserCaller = { user: UserRow | null }

export type EngineOptions = {
  /** The data directory (created if needed); omit for a throw-away in-memory catalog. */
  dataDir?: string
  config?: Partial<EngineConfig>
  /**
   * Index for search on a thread of its own as writes commit (search/index-thread.ts):
   * for long-lived engines that write a lot (the server, the desktop app, `load`).
   * Only with a data directory.
   */
  indexThread?: boolean
}

export class Engine {
  readonly db: Sqlite
  readonly config: EngineConfig
  readonly dataDir: string | null
  /** What the data directory's shelfmark.ini set (the server keeps its ckan.site_url over the URL it listens on). */
  readonly fileConfig: Partial<EngineConfig>

  private constructor(db: Sqlite, config: EngineConfig, dataDir: string | null, fileConfig: Partial<EngineConfig> = {}, indexThread = false) {
    this.db = db
    this.config = config
    this.dataDir = dataDir
    this.fileConfig = fileConfig
    this.checkpointer = dataDir ? new Checkpointer(join(dataDir, catalogFileName)) : null
    this.indexThread =
      dataDir && indexThread
        ? startIndexThread({ catalogFile: join(dataDir, catalogFileName), indexFile: join(dataDir, indexFileName), config, dataDir })
        : null
    this.inTransaction = transactionWrapper(db)
    enginesByDatabase.set(db, this)
  }

  private readonly inTransaction: WorkInTransaction

  private readonly checkpointer: Checkpointer | null

  private readonly indexThread: IndexThread | null

  /**
   * Opens the catalog in `dataDir` (catalog.sqlite), running migrations.
   * Settings: CKAN's defaults, then the folder's shelfmark.ini, then `options.config`.
   */
  static open(options: EngineOptions = {}): Engine {
    const fromFile = options.dataDir ? readConfigFile(options.dataDir) : {}
    const config = { ...defaultConfig, ...fromFile, ...options.config }
    const { dataDir } = options
    if (dataDir) mkdirSync(dataDir, { recursive: true })
    const db = openDatabase(dataDir ? join(dataDir, catalogFileName) : ':memory:')
    attachSearchIndex(db, dataDir ? join(dataDir, indexFileName) : ':memory:')
    if (!dataDir) return new Engine(db, config, null)
    // What a crash left in files/ (unfinished uploads, files of removed resources) goes now.
    sweepFileStore(dataDir, db)
    return new Engine(db, config, dataDir, fromFile, options.indexThread)
  }

  /** The action named `name`, or undefined. */
  action(name: string): ActionDefinition | undefined {
    return registry.get(name)
  }

  /** Every action name, sorted. */
  actionNames(): string[] {
    return [...registry.keys()].sort()
  }

  /**
   * Runs one action as CKAN does: auth, schema, handler; all or nothing.
   * Throws BadRequest for an unknown action, an ActionError for CKAN errors.
   */
  call(name: string, caller: Caller, params: unknown = {}): unknown {
    return this.runInTransaction(actionNamed(name), caller, paramsDict(params), false)
  }

  /** call(), answering with the result's JSON text (the HTTP door sends text; some actions have it ready). */
  callAsJson(name: string, caller: Caller, params: unknown = {}): string {
    const action = actionNamed(name)
    const asJson = action.runAsJson !== undefined
    const result = this.runInTransaction(action, caller, paramsDict(params), asJson)
    return asJson ? (result as string) : JSON.stringify(result ?? null)
  }

  /**
   * The caller a request with this API token acts as: the token's user, or
   * anonymous when the token is not valid (checked by each call it makes).
   */
  callerForToken(token: string | undefined | null): Caller {
    return token ? { token } : this.anonymous()
  }

  /** The active user this API token belongs to, or null; as each call with the token resolves it. */
  tokenUser(token: string): UserRow | null {
    const holder = this.inTransaction.deferred(() => tokenHolder(this.db, token)) as ReturnType<typeof tokenHolder>
    return holder?.user ?? null
  }

  /** An anonymous caller. */
  anonymous(): UserCaller {
    return { user: null }
  }

  /** A caller acting as the active user with this name or id; throws when there is none. */
  asUser(nameOrId: string): UserCaller {
    const user = sql(this.db, 'SELECT * FROM users WHERE (id = ? OR name = ?) AND state = ?').get(
      nameOrId,
      nameOrId,
      'active',
    ) as UserRow | undefined
    if (!user) throw new Error(`No active user ${nameOrId}`)
    return { user }
  }

  close(): void {
    if (this.idleIndexing) clearTimeout(this.idleIndexing)
    this.indexThread?.close()
    this.checkpointer?.close()
    this.db.close()
  }

  /**
   * Brings the search index up to date with every committed write (of any
   * process sharing the database); returns how many datasets it indexed.
   */
  catchUpSearchIndex(): number {
    if (this.idleIndexing) clearTimeout(this.idleIndexing)
    this.idleIndexing = null
    return catchUpIndex(this)
  }

  private idleIndexing: NodeJS.Timeout | null = null

  /** queuedEverHere when the index thread was last told of a write: a write that queued nothing wakes no one. */
  private queuedAtPoke = 0

  /**
   * After a write committed: now and then a background checkpoint; when it
   * queued datasets, tell the index thread, or without one index them now
   * once there are enough to make a good batch, else soon, when the process
   * is idle.
   */
  private afterWrite(): void {
    if (!this.db.open || this.db.inTransaction) return
    this.checkpointer?.afterCommit()
    if (this.indexThread?.alive) {
      const queued = queuedEverHere(this.db)
      if (queued !== this.queuedAtPoke) this.indexThread.poke()
      this.queuedAtPoke = queued
      return
    }
    if (queuedHereSinceCatchUp(this.db) >= indexBatchFrom) {
      this.catchUpQuietly()
      return
    }
    this.idleIndexing ??= setTimeout(() => {
      this.idleIndexing = null
      if (this.db.open) this.catchUpQuietly()
    }, idleIndexingMs).unref()
  }

  /**
   * Catches the index up where a failure must not fail the caller: the write
   * before it has committed, or a search can still answer from the index as
   * it stands. Another process holding the write lock past the busy timeout
   * (a long `load`) is the expected failure; the next search or write retries.
   */
  private catchUpQuietly(): void {
    try {
      this.catchUpSearchIndex()
    } catch (error) {
      if (!isBusy(error)) console.error('shelfmark: search indexing failed:', error)
    }
  }

  private runInTransaction(action: ActionDefinition, caller: Caller, params: Record<string, unknown>, asJson: boolean): unknown {
    const after: (() => void)[] = []
    const rollbacks: (() => void)[] = []
    if ('token' in caller) noteTokenUse(this.db, caller.token)
    const body = this.actionBody(action, caller, params, asJson, after, rollbacks)
    if (action.readsSearchIndex && action.readOnly && (!this.db.inTransaction || this.outer)) this.catchUpQuietly()
    if (this.db.inTransaction) return this.runInOuterTransaction(body, after, rollbacks)
    let result: unknown
    try {
      // Writes take the catalog's lock (only the catalog's) up front: see inCatalogWriteTransaction.
      result = action.readOnly
        ? this.inTransaction.deferred(() => withReadStamp(this.db, body))
        : inCatalogWriteTransaction(this.db, body)
    } catch (error) {
      for (const task of rollbacks) runQuietly(task)
      throw error
    }
    for (const task of after) runQuietly(task)
    if (!action.readOnly) this.afterWrite()
    return result
  }

  /**
   * The action's work inside its transaction. Made here rather than as `const body = () => …`
   * in runInTransaction: under tsx (esbuild's keepNames) a named closure is renamed with
   * Object.defineProperty each time it is made, about 3 µs of every call.
   */
  private actionBody(action: ActionDefinition, caller: Caller, params: Record<string, unknown>, asJson: boolean, after: (() => void)[], rollbacks: (() => void)[]): () => unknown {
    return () => {
      const user = 'token' in caller ? (tokenHolder(this.db, caller.token)?.user ?? null) : caller.user
      // A write that reads the index (which datasets carry a tag) catches it up under its own
      // write lock: nothing can hold it up there, and the write must not act on a stale index.
      if (action.readsSearchIndex && !action.readOnly) catchUpIndex(this)
      return runAction(action, this.contextFor(user, after, rollbacks), params, asJson)
    }
  }

  /**
   * Runs `work` in one write transaction; every action it calls joins it,
   * and their after-commit work (moving uploaded files into place) waits for
   * this commit, or their rollback work runs if it fails. Bulk loads use it.
   */
  transaction<T>(work: () => T): T {
    if (this.outer) return work()
    const outer: PendingTasks = { after: [], rollbacks: [] }
    this.outer = outer
    let result: T
    try {
      result = inCatalogWriteTransaction(this.db, work)
    } catch (error) {
      for (const task of outer.rollbacks) runQuietly(task)
      throw error
    } finally {
      this.outer = null
    }
    for (const task of outer.after) runQuietly(task)
    this.afterWrite()
    return result
  }

  private outer: PendingTasks | null = null

  /** An action inside a transaction someone else opened: its tasks follow that transaction. */
  private runInOuterTransaction(body: () => unknown, after: (() => void)[], rollbacks: (() => void)[]): unknown {
    let result: unknown
    try {
      result = body()
    } catch (error) {
      // The action failed; whatever savepoint the caller holds undoes its rows, so undo its files too.
      for (const task of rollbacks) runQuietly(task)
      throw error
    }
    if (this.outer) {
      this.outer.after.push(...after)
      this.outer.rollbacks.push(...rollbacks)
    } else if (after.length > 0) {
      // A raw db.transaction() around engine.call cannot tell us when it commits; use engine.transaction().
      console.error('shelfmark: an action inside a raw transaction ran its after-commit work early')
      for (const task of after) runQuietly(task)
    }
    return result
  }

  private contextFor(user: UserRow | null, after: (() => void)[], rollbacks: (() => void)[]): Context {
    const ctx = {
      db: this.db,
      user,
      config: this.config,
      dataDir: this.dataDir,
      call(name: string, params: Record<string, unknown>) {
        const action = registry.get(name) ?? fail(`Action name not known: ${name}`)
        return runAction(action, ctx, params)
      },
      callIgnoringAuth(name: string, params: Record<string, unknown>) {
        const action = registry.get(name) ?? fail(`Action name not known: ${name}`)
        return runAction({ ...action, auth: () => {} }, ctx, params)
      },
      afterCommit(task: () => void) {
        after.push(task)
      },
      afterRollback(task: () => void) {
        rollbacks.push(task)
      },
    }
    return ctx
  }
}

/** Queued datasets that make a batch worth indexing at once, right after a write. */
const indexBatchFrom = 200

/**
 * How long after a write the datasets still queued are indexed, unless a
 * search or a full batch comes first: long enough that a burst of writes
 * (an HTTP client creating datasets one by one) is indexed in large batches.
 */
const idleIndexingMs = 1000

/** The index thread, or null (with a message) when it cannot start: the engine then indexes as it writes. */
function startIndexThread(options: ConstructorParameters<typeof IndexThread>[0]): IndexThread | null {
  try {
    return new IndexThread(options)
  } catch (error) {
    console.error('shelfmark: the search index thread could not start; indexing on the main thread:', error)
    return null
  }
}

const enginesByDatabase = new WeakMap<Sqlite, Engine>()

/** The engine that owns a database connection: lets an action (which sees only ctx.db) start work outside its transaction, e.g. sync jobs. */
export function engineOf(db: Sqlite): Engine | undefined {
  return enginesByDatabase.get(db)
}

function runAction(action: ActionDefinition, ctx: Context, params: Record<string, unknown>, asJson = false): unknown {
  action.auth(ctx, params)
  const data = action.schema ? validateOrThrow(action.schema, params, ctx) : params
  return asJson && action.runAsJson ? action.runAsJson(ctx, data) : action.run(ctx, data)
}

function actionNamed(name: string): ActionDefinition {
  return registry.get(name) ?? fail(`Action name not known: ${name}`)
}

function paramsDict(params: unknown): Record<string, unknown> {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new IntegrityError('Request data must be a dictionary')
  }
  return params as Record<string, unknown>
}

function fail(message: string): never {
  throw new BadRequest(message)
}

function runQuietly(task: () => void): void {
  try {
    task()
  } catch (error) {
    console.error('shelfmark: a post-transaction task failed:', error)
  }
}
