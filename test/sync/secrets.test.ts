import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ChainedSecretStore, EnvSecretStore, FileSecretStore, envName, redact, secretStoreFor } from '../../electron/sync/secrets.ts'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shelfmark-secrets-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('secret stores', () => {
  it('keeps file secrets readable by the user only', () => {
    const file = join(tempDir(), 'secrets.json')
    const store = new FileSecretStore(file)
    store.set('prod', 'tok-123')
    expect(store.get('prod')).toBe('tok-123')
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    store.delete('prod')
    expect(store.get('prod')).toBeUndefined()
  })

  it('tightens a secrets file that others could read', () => {
    if (process.platform === 'win32') return
    const file = join(tempDir(), 'secrets.json')
    writeFileSync(file, '{"a":"b"}')
    chmodSync(file, 0o644)
    expect(new FileSecretStore(file).get('a')).toBe('b')
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('never echoes file content in its error', () => {
    const file = join(tempDir(), 'secrets.json')
    writeFileSync(file, 'supersecret-token-value', { mode: 0o600 })
    expect(() => new FileSecretStore(file).get('x')).toThrow(/not valid JSON/)
    try {
      new FileSecretStore(file).get('x')
    } catch (error) {
      expect(String(error)).not.toContain('supersecret')
    }
  })

  it('reads tokens from environment variables named after the remote', () => {
    expect(envName('prod-portal')).toBe('SHELFMARK_TOKEN_PROD_PORTAL')
    const store = new EnvSecretStore({ SHELFMARK_TOKEN_PROD_PORTAL: 'env-token' })
    expect(store.get('prod-portal')).toBe('env-token')
    expect(() => store.set()).toThrow(/read-only/)
  })

  it('prefers the environment and writes to the file', () => {
    const dir = tempDir()
    const store = new ChainedSecretStore([new EnvSecretStore({ SHELFMARK_TOKEN_A: 'from-env' }), new FileSecretStore(join(dir, 's.json'))])
    store.set('a', 'from-file')
    store.set('b', 'file-b')
    expect(store.get('a')).toBe('from-env')
    expect(store.get('b')).toBe('file-b')
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'))).toEqual({ a: 'from-file', b: 'file-b' })
  })

  it('gives an in-memory catalog its own store', () => {
    const one = secretStoreFor(null, {})
    const two = secretStoreFor(null, {})
    one.set('r', 'x')
    expect(two.get('r')).toBeUndefined()
  })

  it('redacts secrets from text', () => {
    expect(redact('token abcdef leaked abcdef', ['abcdef'])).toBe('token *** leaked ***')
  })
})
