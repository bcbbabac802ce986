/** Binds the route store to `location.hash` (browser and desktop alike). */
import { bindLocation, locationChanged, useRouteStore, parseRoute } from '../stores/route.ts'

/** Starts following the hash; call once at start-up. */
export function bindHash(): void {
  const read = () => decodeHashPath(window.location.hash)
  bindLocation((path) => {
    if (read() !== path) window.location.hash = path
  })
  const start = read()
  useRouteStore.setState({ path: start, route: parseRoute(start) })
  window.addEventListener('hashchange', () => locationChanged(read()))
}

function decodeHashPath(hash: string): string {
  const path = hash.replace(/^#/, '')
  return path.startsWith('/') ? path : `/${path}`
}
