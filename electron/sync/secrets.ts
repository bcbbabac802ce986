/**
 * Where remote tokens live: one synchronous interface, several backends.
 *
 * Headless, tokens sit in a JSON file readable only by the user (0600) in the
 * data directory, or come from environment variables; the desktop app plugs
 * in an Electron safeStorage backend through `useSecretStore`. Secret values
 * never appear in errors thrown here.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** A key → secret map; keys are remote names. */
export interface SecretStore {
  /** A short name for where secrets go ("file", "env", "memory", "safeStorage"). */
  readonly kind: string
  get(key: string): string | undefined
  set(key: string, value: string): void
  delete(key: string): void
}

/** Secrets in a JSON file created with mode 0600, rewritten atomically. */
export class FileSecretStore implements SecretStore {
  readonly kind = 'file'
  constructor(readonly file: string) {}

  get(key: string): string | undefined {
    const value = this.read()[key]
    return typeof value === 'string' ? value : undefined
  }

  set(key: string, value: string): void {
    this.write({ ...this.read(), [key]: value })
  }

  delete(key: string): void {
    const all = this.read()
    if (!(key in all)) return
    delete all[key]
    this.write(all)
  }

  private read(): Record<string, unknown> {
    if (!existsSync(this.file)) return {}
    tightenMode(this.file)
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8'))
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {}
    } catch {
      // Never echo the file's content: it holds tokens.
      throw new Error(`The secrets file ${this.file} is not valid JSON`)
    }
  }

  private write(all: Record<string, unknown>): void {
    mkdirSync(dirname(this.file), { recursive: true })
    const temp = `${this.file}.${process.pid}.tmp`
    writeFileSync(temp, JSON.stringify(all, null, 2), { mode: 0o600 })
    chmodSync(temp, 0o600) // the umask may have widened the mode on creation
    renameSync(temp, this.file)
  }
}

/** Read-only secrets from environment variables: remote "prod-portal" → SHELFMARK_TOKEN_PROD_PORTAL. */
export class EnvSecretStore implements SecretStore {
  readonly kind = 'env'
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  get(key: string): string | undefined {
    const value = this.env[envName(key)]
    return value ? value : undefined
  }

  set(): void {
    throw new Error('Environment-variable secrets are read-only')
  }

  delete(): void {}
}

/** Secrets held in memory only (in-memory catalogs, tests). */
export class MemorySecretStore implements SecretStore {
  readonly kind = 'memory'
  private readonly values = new Map<string, string>()
  get(key: string): string | undefined {
    return this.values.get(key)
  }
  set(key: string, value: string): void {
    this.values.set(key, value)
  }
  delete(key: string): void {
    this.values.delete(key)
  }
}

/** Reads from each store in turn (environment first), writes to the last one. */
export class ChainedSecretStore implements SecretStore {
  constructor(private readonly stores: SecretStore[]) {}
  get kind(): string {
    return this.stores.map((store) => store.kind).join('+')
  }
  get(key: string): string | undefined {
    for (const store of this.stores) {
      const value = store.get(key)
      if (value !== undefined) return value
    }
    return undefined
  }
  set(key: string, value: string): void {
    this.stores[this.stores.length - 1].set(key, value)
  }
  delete(key: string): void {
    for (const store of this.stores) if (store.kind !== 'env') store.delete(key)
  }
  /** The kind of the store that holds `key` ("env", "file"), or undefined. */
  locate(key: string): string | undefined {
    return this.stores.find((store) => store.get(key) !== undefined)?.kind
  }
}

/** The environment variable that may carry a remote's token. */
export function envName(key: string): string {
  return `SHELFMARK_TOKEN_${key.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
}

const chosen = new Map<string, SecretStore>()
const memoryStores = new WeakMap<object, SecretStore>()

/**
 * The secret store for a data directory: one set by `useSecretStore`, else
 * environment variables then `secrets.json` (0600) in the directory. An
 * in-memory catalog (no directory) gets a memory store tied to `owner` (its database).
 */
export function secretStoreFor(dataDir: string | null, owner: object): SecretStore {
  if (!dataDir) {
    let store = memoryStores.get(owner)
    if (!store) memoryStores.set(owner, (store = new ChainedSecretStore([new EnvSecretStore(), new MemorySecretStore()])))
    return store
  }
  return chosen.get(dataDir) ?? new ChainedSecretStore([new EnvSecretStore(), new FileSecretStore(join(dataDir, 'secrets.json'))])
}

/** Makes every sync operation on this data directory use `store` (the desktop app's safeStorage backend). */
export function useSecretStore(dataDir: string, store: SecretStore): void {
  chosen.set(dataDir, store)
}

/** Replaces every occurrence of each secret in `text` by "***" (for messages built from remote replies). */
export function redact(text: string, secrets: (string | undefined)[]): string {
  let out = text
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join('***')
  return out
}

function tightenMode(file: string): void {
  if (process.platform === 'win32') return
  const mode = statSync(file).mode & 0o777
  if (mode & 0o077) chmodSync(file, 0o600)
}
