/**
 * The desktop's secret store for remote tokens: each value encrypted with
 * Electron's safeStorage (the OS keyring) and kept, base64, in a 0600 JSON
 * file in the data directory. Where the OS offers no keyring (Linux's
 * "basic_text" backend) values are still written, but `status()` says they
 * are only obfuscated, and the app shows a warning.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { SecretStore } from '../sync/secrets.ts'

/** The part of Electron's safeStorage this store uses. */
export type Cipher = {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
  getSelectedStorageBackend?(): string
}

/** Whether secrets are protected by the OS, and by what. */
export type SecretStatus = { encrypted: boolean; backend: string }

/** A SecretStore over safeStorage. */
export class SafeStorageSecretStore implements SecretStore {
  readonly kind = 'safeStorage'
  constructor(
    private readonly cipher: Cipher,
    readonly file: string,
  ) {}

  /** Where secrets end up: a real keyring, or (warning) plain obfuscation. */
  status(): SecretStatus {
    if (!this.cipher.isEncryptionAvailable()) return { encrypted: false, backend: 'unavailable' }
    const backend = this.cipher.getSelectedStorageBackend?.() ?? 'os'
    return { encrypted: backend !== 'basic_text' && backend !== 'unknown', backend }
  }

  get(key: string): string | undefined {
    const value = this.read()[key]
    if (typeof value !== 'string' || !this.cipher.isEncryptionAvailable()) return undefined
    try {
      return this.cipher.decryptString(Buffer.from(value, 'base64'))
    } catch {
      return undefined // written under another keyring: the user connects the remote again
    }
  }

  set(key: string, value: string): void {
    if (!this.cipher.isEncryptionAvailable()) throw new Error('The system cannot encrypt secrets right now')
    this.write({ ...this.read(), [key]: this.cipher.encryptString(value).toString('base64') })
  }

  delete(key: string): void {
    const all = this.read()
    if (!(key in all)) return
    delete all[key]
    this.write(all)
  }

  private read(): Record<string, unknown> {
    if (!existsSync(this.file)) return {}
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8'))
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {}
    } catch {
      return {}
    }
  }

  private write(all: Record<string, unknown>): void {
    mkdirSync(dirname(this.file), { recursive: true })
    const temp = `${this.file}.${process.pid}.tmp`
    writeFileSync(temp, JSON.stringify(all, null, 2), { mode: 0o600 })
    chmodSync(temp, 0o600)
    renameSync(temp, this.file)
  }
}
