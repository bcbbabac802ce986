/** `shelfmark token add USER [TOKEN_NAME]`: a new API token for an active user. */
import type { Engine } from '../engine.ts'
import { findUser } from './store.ts'
import { issueToken } from './tokens.ts'

/** The token name the CLI uses when none is given. */
export const defaultTokenName = 'shelfmark-cli'

/**
 * Issues a token for the user (name or id) and returns the JWT, shown once.
 * Throws when the user does not exist or is not active: a deleted user's
 * token would only ever act as anonymous.
 */
export function addToken(engine: Engine, userRef: string, tokenName = defaultTokenName): string {
  return engine.db
    .transaction(() => {
      const user = findUser(engine.db, userRef)
      if (!user) throw new Error(`no user "${userRef}"; create one with: shelfmark sysadmin add ${userRef}`)
      if (user.state !== 'active') throw new Error(`the user "${user.name}" is ${user.state}; its tokens would act as anonymous`)
      if (!tokenName.trim()) throw new Error('the token name must not be empty')
      return issueToken(engine.db, user.id, tokenName)
    })
    .immediate()
}
