/**
 * Where a request's API token comes from, as CKAN 2.10 reads it: the
 * X-CKAN-API-Key header wins over Authorization whenever it is set, and the
 * value is the raw token (a "Bearer " prefix makes it invalid, so anonymous).
 */
import type { IncomingHttpHeaders } from 'node:http'

/** The raw token a request carries, or null. */
export function tokenFromHeaders(headers: IncomingHttpHeaders): string | null {
  const apiKey = headers['x-ckan-api-key']
  if (typeof apiKey === 'string' && apiKey !== '') return apiKey
  const authorization = headers.authorization
  return authorization ? authorization : null
}
