/** CKAN's API root: /api, /api/1, /api/2, /api/3 answer {"version": N} (bare /api is 1). */
import type { RoutePlugin } from '../door.ts'
import { jsonpCallback, queryOf, sendResponse } from '../send.ts'

/** The version endpoints, with and without a trailing slash (Flask's strict_slashes=False). */
export const apiVersionRoutes: RoutePlugin = (app) => {
  const versions: [string, number][] = [['', 1], ['/1', 1], ['/2', 2], ['/3', 3]]
  for (const [suffix, version] of versions) {
    for (const url of [`/api${suffix}`, `/api${suffix}/`]) {
      app.get(url, (request, reply) =>
        sendResponse(reply, { status: 200, body: { version } }, jsonpCallback(request.method, queryOf(request.url))),
      )
    }
  }
}
