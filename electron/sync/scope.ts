/**
 * What a pull covers (the whole site, some organizations, a query) and how
 * that becomes package_search parameters: a stable order and, for the next
 * page or an incremental pull, a lower bound on metadata_modified.
 */

export type PullScope = { organizations?: string[]; q?: string }

/** The key a scope's cursor is stored under: "site", "org:a,b", "q:…". */
export function scopeKey(scope: PullScope): string {
  const parts: string[] = []
  if (scope.organizations?.length) parts.push(`org:${[...scope.organizations].sort().join(',')}`)
  if (scope.q) parts.push(`q:${scope.q}`)
  return parts.length ? parts.join(' ') : 'site'
}

/** CKAN's index keeps milliseconds and wants a zone: "2024-01-02T03:04:05.678912" → "2024-01-02T03:04:05.678Z". */
export function solrTime(ckanTime: string): string {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?/.exec(ckanTime)
  if (!match) return ckanTime
  const millis = (match[2] ?? '.000').slice(0, 4).padEnd(4, '0')
  return `${match[1]}${millis}Z`
}

/** The fq for a scope, from `since` (inclusive) when given. */
export function scopeFilter(scope: PullScope, since?: string): string {
  const filters: string[] = []
  if (scope.organizations?.length) {
    filters.push(`organization:(${scope.organizations.map((o) => JSON.stringify(o)).join(' OR ')})`)
  }
  if (since) filters.push(`metadata_modified:[${solrTime(since)} TO *]`)
  return filters.join(' AND ')
}

/** package_search parameters for one page of a pull. */
export function searchParams(scope: PullScope, since: string | undefined, rows: number, start: number): Record<string, unknown> {
  const params: Record<string, unknown> = {
    q: scope.q || '*:*',
    sort: 'metadata_modified asc, id asc',
    rows,
    start,
    include_private: true,
    // Drafts the token's user may see come along (CKAN: their own, or all for a sysadmin) and stay drafts here.
    include_drafts: true,
  }
  const fq = scopeFilter(scope, since)
  if (fq) params.fq = fq
  return params
}

/** The same instant at millisecond precision, for comparing remote timestamps with the index's. */
export function millisOf(ckanTime: unknown): string {
  return typeof ckanTime === 'string' ? solrTime(ckanTime) : ''
}
