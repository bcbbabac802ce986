/** shelfmark_remote_add: registers a remote CKAN site and stores its token behind the secret store. */
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { invalid } from '../../errors.ts'
import { ckanNow, newId } from '../../time.ts'
import { Invalid, type Validator } from '../../validate/navl.ts'
import { nameValidator, notEmpty, ignoreMissing, unicodeSafe, stripValue } from '../../validate/validators.ts'
import { normalizeSiteUrl } from '../../../sync/remote-ckan.ts'
import { remoteByName, remoteDict, secretsOf, type RemoteRow } from '../../../sync/remotes.ts'
import { canManageSync } from './helpers.ts'

const siteUrl: Validator = (value) => {
  try {
    return normalizeSiteUrl(String(value))
  } catch (error) {
    throw new Invalid(error instanceof Error ? error.message : 'Please provide a valid URL')
  }
}

/** shelfmark_remote_add: registers a remote CKAN site and stores its token behind the secret store. */
export const shelfmark_remote_add = defineAction('shelfmark_remote_add', {
  auth: canManageSync,
  schema: {
    name: [notEmpty, unicodeSafe, nameValidator],
    url: [notEmpty, unicodeSafe, stripValue, siteUrl],
    token: [ignoreMissing, unicodeSafe],
  },
  help: `Add a remote CKAN site to sync with.

    The token is kept in the secret store (a file readable only by you, an
    environment variable SHELFMARK_TOKEN_<NAME>, or the desktop app's
    encrypted store) and is never returned, logged or sent elsewhere.

    :param name: a short name for the remote (lowercase, -_)
    :param url: the site's URL, e.g. https://demo.ckan.org
    :param token: your API token on that site (optional for read-only pulls)
    :returns: the remote (without the token)
    `,
  run(ctx, data) {
    const name = data.name as string
    if (remoteByName(ctx.db, name)) invalid('name', 'That remote name is already in use.')
    const row: RemoteRow = {
      id: newId(),
      name,
      url: data.url as string,
      created: ckanNow(),
      checked: null,
      ckan_version: null,
      extensions: '[]',
      capabilities: '{}',
      remote_user: null,
    }
    sql(ctx.db, 'INSERT INTO sync_remotes (id, name, url, created) VALUES (?, ?, ?, ?)').run(row.id, row.name, row.url, row.created)
    const secrets = secretsOf(ctx.db, ctx.dataDir)
    if (typeof data.token === 'string' && data.token) {
      const token = data.token
      // The secret is written only once the row is certain to commit.
      ctx.afterCommit(() => secrets.set(name, token))
      return { ...remoteDict(row, secrets), has_token: true, token_store: secrets.kind.split('+').at(-1) }
    }
    return remoteDict(row, secrets)
  },
})
