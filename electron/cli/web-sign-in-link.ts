/**
 * The one-time link `serve` and `start` print so a browser can open the web
 * app signed in as the site user (the CLI's local sysadmin).
 */
import type { Engine } from '../engine/engine.ts'
import { issueSignInCode, signInLink } from '../server/routes/web-session.ts'
import { siteCaller } from './site-user.ts'

/** A fresh one-time sign-in link for the server at `baseUrl`. */
export function webSignInLink(engine: Engine, baseUrl: string): string {
  const user = siteCaller(engine).user!
  return signInLink(baseUrl, issueSignInCode(engine, user.id))
}
