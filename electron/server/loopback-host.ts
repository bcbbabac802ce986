/**
 * The DNS-rebinding guard: a page on an attacker's domain can make a browser
 * send requests to 127.0.0.1, but its Host header still names that domain.
 * Only loopback names (and hosts the user chose to serve on) get through.
 */

const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]'])

/** The host part of a Host header, lower-cased, without its port; '' when unparseable. */
export function hostName(hostHeader: string | undefined): string {
  if (!hostHeader) return ''
  const host = hostHeader.trim().toLowerCase()
  if (host.startsWith('[')) {
    const end = host.indexOf(']')
    return end === -1 ? '' : host.slice(0, end + 1)
  }
  const colon = host.indexOf(':')
  return colon === -1 ? host : host.slice(0, colon)
}

/** True when a request with this Host header may be served. */
export function isAllowedHost(hostHeader: string | undefined, extraHosts: ReadonlySet<string>): boolean {
  const name = hostName(hostHeader)
  return loopbackNames.has(name) || extraHosts.has(name)
}

/**
 * Host names to accept besides loopback ones, for a server bound to `host`:
 * the bound name itself when the user chose a specific non-loopback address.
 */
export function boundHostNames(host: string): string[] {
  if (host === '0.0.0.0' || host === '::' || host === '') return []
  const name = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
  return [name.toLowerCase()]
}
