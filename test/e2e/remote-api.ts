/**
 * The test's own CKAN client for a `serve` process: signs in with the
 * printed one-time link (as a browser would) to mint an API token, then
 * calls actions with it, as any CKAN client does.
 */
import { request } from 'undici'

/** Calls actions on a server with an API token. */
export type RemoteApi = { token: string; call<T = any>(action: string, params?: Record<string, unknown>): Promise<{ success: boolean; result: T; error?: any }> }

/** Redeems `signInLink` and creates an API token for the signed-in site user. */
export async function remoteApi(baseUrl: string, signInLink: string): Promise<RemoteApi> {
  const signIn = await request(signInLink)
  await signIn.body.dump()
  const cookie = String(signIn.headers['set-cookie']).split(';')[0]
  const post = async (action: string, params: Record<string, unknown>, headers: Record<string, string>) => {
    const response = await request(`${baseUrl}/api/3/action/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(params),
    })
    return (await response.body.json()) as { success: boolean; result: any; error?: any }
  }
  const me = await post('user_show', {}, { cookie, origin: baseUrl })
  const created = await post('api_token_create', { user: me.result.name, name: 'e2e' }, { cookie, origin: baseUrl })
  if (!created.success) throw new Error(`could not create a token: ${JSON.stringify(created.error)}`)
  const token = created.result.token as string
  return { token, call: (action, params = {}) => post(action, params, { authorization: token }) }
}
