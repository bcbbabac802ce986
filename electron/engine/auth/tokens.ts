/**
 * API tokens: JWTs carrying `jti` and `iat`, signed (HS256) with a secret
 * generated once per data directory. Revoking deletes the jti row, so a
 * revoked token fails at once.
 */
import { randomBytes } from 'node:crypto'
import jwt from 'jsonwebtoken'
import type { UserRow } from '../context.ts'
import type { Sqlite } from '../db/open.ts'
import { ReadMemo } from '../db/read-memo.ts'
import { sql } from '../db/statements.ts'
import { ckanNow } from '../time.ts'

const secrets = new WeakMap<Sqlite, string>()

/**
 * The data directory's signing secret, created on first use. Once read back
 * from the database it is cached: it never changes, and every request with a
 * token needs it. (A freshly inserted one is not cached until it is read, in
 * case its transaction rolls back.)
 */
export function tokenSecret(db: Sqlite): string {
  const cached = secrets.get(db)
  if (cached) return cached
  const row = sql(db, "SELECT value FROM settings WHERE key = 'api_token_secret'").get() as { value: string } | undefined
  if (row) {
    secrets.set(db, row.value)
    return row.value
  }
  const secret = randomBytes(48).toString('base64url')
  sql(db, "INSERT INTO settings (key, value) VALUES ('api_token_secret', ?)").run(secret)
  return secret
}

/** A new signed token for the token row `jti`, as CKAN's api_token.encode. */
export function signToken(db: Sqlite, jti: string): string {
  // No noTimestamp option: jsonwebtoken would then delete the iat CKAN's tokens carry.
  return jwt.sign({ jti, iat: Math.floor(Date.now() / 1000) }, tokenSecret(db), { algorithm: 'HS256' })
}

/** A random token id: 32 bytes, URL-safe (43 characters), as CKAN makes them. */
export function newTokenId(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * Tokens already verified, by secret then token, → jti, or null for a bad one.
 * A signature stays good or bad under the same secret, and revocation is
 * checked by jti on every use, so this only skips jsonwebtoken's verify, which
 * costs about 1 ms (a key object per call). Bad tokens are kept too: a call
 * with one verifies it both to stamp its use and to resolve its caller.
 * Keyed by the token string itself (not secret and token joined): a request's
 * token is then hashed once, and the lookups after the first reuse its hash.
 */
const verifiedTokens = new Map<string, Map<string, string | null>>()
const verifiedTokensMax = 1000

/** The jti inside a well-signed token, or null. */
export function decodeToken(db: Sqlite, token: string): string | null {
  const secret = tokenSecret(db)
  let verified = verifiedTokens.get(secret)
  if (!verified) {
    // One secret per data directory: a process opens few (a test run, many).
    if (verifiedTokens.size >= verifiedTokensMax) verifiedTokens.clear()
    verifiedTokens.set(secret, (verified = new Map()))
  }
  const cached = verified.get(token)
  if (cached !== undefined) return cached
  const jti = verifiedJti(token, secret)
  if (verified.size >= verifiedTokensMax) verified.delete(verified.keys().next().value!)
  verified.set(token, jti)
  return jti
}

function verifiedJti(token: string, secret: string): string | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'] })
    return typeof payload === 'object' && typeof payload.jti === 'string' ? payload.jti : null
  } catch {
    return null
  }
}

/**
 * The active user a token belongs to and the token's id, or null (bad
 * signature, revoked, or the user deleted): CKAN 2.10 then runs the request
 * as anonymous, never a 401.
 */
export function tokenHolder(db: Sqlite, token: string): TokenHolder | null {
  return holders.get(db, token, () => {
    const jti = decodeToken(db, token)
    if (!jti) return null
    const user = sql(
      db,
      `SELECT users.* FROM api_tokens JOIN users ON users.id = api_tokens.user_id
       WHERE api_tokens.id = ? AND users.state = 'active'`,
    ).get(jti) as UserRow | undefined
    return user ? Object.freeze({ user: Object.freeze(user), jti }) : null
  })
}

type TokenHolder = Readonly<{ user: UserRow; jti: string }>

/** Holders looked up by reads of the same committed state: a revocation is a commit, so it is seen at once. */
const holders = new ReadMemo<TokenHolder | null>(1000)

const lastAccessWrites = new Map<string, number>()

/** Seconds before a user's last_active is written again (CKAN's ckan.user.last_active_interval default). */
const lastActiveInterval = 600

/**
 * Stamps a well-signed token's last_access, at most once a minute per token
 * (a write per read would halve read speed), and its user's last_active when
 * that is unset or older than ten minutes, as CKAN does.
 * Call it before the request's transaction: CKAN stamps while identifying
 * the caller, so the request itself already sees the stamp (user_show, 012).
 */
export function noteTokenUse(db: Sqlite, token: string): void {
  const jti = decodeToken(db, token)
  if (!jti) return
  const now = Date.now()
  if (now - (lastAccessWrites.get(jti) ?? 0) < 60_000) return
  lastAccessWrites.set(jti, now)
  try {
    const stamp = ckanNow()
    sql(db, 'UPDATE api_tokens SET last_access = ? WHERE id = ?').run(stamp, jti)
    // CKAN's User.set_user_last_active: rewritten only once older than
    // ckan.user.last_active_interval (600 s by default).
    const due = new Date(now - lastActiveInterval * 1000).toISOString().slice(0, 23)
    sql(
      db,
      `UPDATE users SET last_active = ? WHERE id = (SELECT user_id FROM api_tokens WHERE id = ?) AND state = 'active'
         AND (last_active IS NULL OR last_active < ?)`,
    ).run(stamp, jti, due)
  } catch {
    // A busy database must not fail the request that merely used the token.
  }
}
