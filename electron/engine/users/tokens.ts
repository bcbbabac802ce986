/** The api_tokens table: token rows behind the JWTs (auth/tokens.ts signs and reads them). */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { newTokenId, signToken } from '../auth/tokens.ts'
import { ckanNow } from '../time.ts'

/** A token row as api_token_list shows it. */
export type ApiTokenRow = { id: string; name: string; user_id: string; created_at: string; last_access: string | null }

/** Stores a new token row for the user and returns the signed JWT (shown once, never stored). */
export function issueToken(db: Sqlite, userId: string, name: string): string {
  const jti = newTokenId()
  sql(db, 'INSERT INTO api_tokens (id, name, user_id, created_at, last_access) VALUES (?, ?, ?, ?, NULL)').run(
    jti,
    name,
    userId,
    ckanNow(),
  )
  return signToken(db, jti)
}

/** The user's tokens, oldest first. */
export function tokensOf(db: Sqlite, userId: string): ApiTokenRow[] {
  return sql(
    db,
    'SELECT id, name, user_id, created_at, last_access FROM api_tokens WHERE user_id = ? ORDER BY created_at, rowid',
  ).all(userId) as ApiTokenRow[]
}

/** The token row with this jti, or undefined. */
export function findToken(db: Sqlite, jti: string): ApiTokenRow | undefined {
  return sql(db, 'SELECT id, name, user_id, created_at, last_access FROM api_tokens WHERE id = ?').get(jti) as
    | ApiTokenRow
    | undefined
}

/** Deletes the token row: the JWT fails from the next request on. */
export function revokeToken(db: Sqlite, jti: string): void {
  sql(db, 'DELETE FROM api_tokens WHERE id = ?').run(jti)
}
