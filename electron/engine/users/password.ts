/**
 * Password hashing with node's scrypt, stored as a self-describing string
 * ("$scrypt$N=16384,r=8,p=1$<salt>$<hash>", base64) so the cost can rise later
 * without breaking stored hashes.
 */
import { createHash, pbkdf2Sync, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

const cost = { N: 16384, r: 8, p: 1 }
const keyLength = 32

/** A new salted scrypt hash of `password`, in our self-describing format. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16)
  const hash = scryptSync(password, salt, keyLength, cost)
  return `$scrypt$N=${cost.N},r=${cost.r},p=${cost.p}$${salt.toString('base64')}$${hash.toString('base64')}`
}

/**
 * True when `password` matches `stored`.
 *
 * Besides our scrypt strings it reads passlib's "$pbkdf2-sha512$" form, the
 * one CKAN writes, so users imported with a CKAN password_hash can still log in,
 * and CKAN's pre-2.0 salted sha1 form (isLegacyHash), which CKAN 2.10 still
 * accepts. An empty password never matches, as in CKAN.
 */
export function verifyPassword(password: string, stored: string | null | undefined): boolean {
  if (!stored || !password) return false
  if (isLegacyHash(stored)) return verifySha1(password, stored)
  const parts = stored.split('$')
  if (parts[1] === 'scrypt' && parts.length === 5) return verifyScrypt(password, parts[2], parts[3], parts[4])
  if (parts[1] === 'pbkdf2-sha512' && parts.length === 5) return verifyPbkdf2(password, parts[2], parts[3], parts[4])
  return false
}

function verifyScrypt(password: string, params: string, salt: string, hash: string): boolean {
  const settings = Object.fromEntries(params.split(',').map((pair) => pair.split('='))) as Record<string, string>
  const N = Number(settings.N)
  const r = Number(settings.r)
  const p = Number(settings.p)
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false
  const expected = Buffer.from(hash, 'base64')
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 })
  return timingSafeEqual(actual, expected)
}

/** passlib writes its "adapted base64": '.' for '+', no padding. */
function fromAb64(text: string): Buffer {
  return Buffer.from(text.replace(/\./g, '+'), 'base64')
}

function verifyPbkdf2(password: string, rounds: string, salt: string, checksum: string): boolean {
  const iterations = Number(rounds)
  if (!Number.isInteger(iterations) || iterations < 1) return false
  const expected = fromAb64(checksum)
  const actual = pbkdf2Sync(password, fromAb64(salt), iterations, expected.length, 'sha512')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * True when a verified password's stored hash should be written afresh, as
 * CKAN rewrites it on sign-in: CKAN's pre-2.0 sha1 form, or a passlib
 * pbkdf2-sha512 hash below passlib's defaults (25000 rounds, 16 bytes of salt).
 */
export function needsRehash(stored: string | null | undefined): boolean {
  if (isLegacyHash(stored)) return true
  const parts = (stored ?? '').split('$')
  if (parts[1] !== 'pbkdf2-sha512' || parts.length !== 5) return false
  return Number(parts[2]) < 25000 || fromAb64(parts[3]).length < 16
}

/**
 * True for CKAN's pre-2.0 hash: 40 hex digits of salt, then the hex sha1 of
 * the password followed by that salt. CKAN replaces it on the next sign-in,
 * and so does Shelfmark's sign-in route.
 */
export function isLegacyHash(stored: string | null | undefined): boolean {
  return typeof stored === 'string' && /^[0-9a-f]{80}$/.test(stored)
}

function verifySha1(password: string, stored: string): boolean {
  const salt = stored.slice(0, 40)
  const actual = createHash('sha1').update(password + salt, 'utf8').digest()
  return timingSafeEqual(actual, Buffer.from(stored.slice(40), 'hex'))
}
