/**
 * `shelfmark start` (what `npm start` runs until the desktop app lands): the
 * server on http://127.0.0.1:5000 with the default data directory, and what
 * to do next.
 */
import { dataOption, parseArguments, parsePort } from '../args.ts'
import type { Command } from '../command.ts'
import { isDefaultDataDir, resolveDataDir } from '../data-dir.ts'

export const start: Command = {
  name: 'start',
  usage: `shelfmark start [--port PORT] [--data DIR]
  Starts Shelfmark: serves the catalog's CKAN API on http://127.0.0.1:5000
  and prints how to create the first sysadmin and an API token.`,
  async run(args) {
    const { values } = parseArguments(args, { ...dataOption, port: { type: 'string' } }, { min: 0, max: 0 })
    const dataDir = resolveDataDir(values.data)
    // Loaded on use: other commands need not pay for the HTTP stack at start-up.
    const { serveCatalog, serveUntilStopped } = await import('../serve-catalog.ts')
    const { engine, server } = await serveCatalog({ dataDir, host: '127.0.0.1', port: parsePort(values.port ?? '5000') })
    const dataFlag = isDefaultDataDir(values.data) ? '' : ` --data ${quote(dataDir)}`
    process.stdout.write(nextSteps(server.url, dataDir, dataFlag))
    await serveUntilStopped(engine, server)
  },
}

function nextSteps(url: string, dataDir: string, dataFlag: string): string {
  return `Shelfmark is running: the CKAN API is at ${url}/api/3/action/
Data directory: ${dataDir}

Next, in another terminal in this folder:
  1. Create the first sysadmin (CKAN wants 8+ characters in a password):
       npx shelfmark sysadmin add admin --email admin@example.org --password 'change-me-please'${dataFlag}
  2. Create an API token for it (printed on the last line):
       npx shelfmark token add admin${dataFlag}
  3. Call the API with it, as any CKAN client would:
       curl ${url}/api/3/action/status_show
       curl -H "Authorization: THE_TOKEN" -d '{"name": "my-org"}' ${url}/api/3/action/organization_create

Press Ctrl+C to stop.
`
}

function quote(path: string): string {
  return /^[\w./:-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`
}
