/**
 * `shelfmark start` (what `npm start` runs): the desktop app where Electron
 * can run; elsewhere (no display, no binary) it says why and serves the same
 * app in web mode on http://127.0.0.1:5000, with what to do next.
 */
import { dataOption, parseArguments, parsePort } from '../args.ts'
import type { Command } from '../command.ts'
import { isDefaultDataDir, resolveDataDir } from '../data-dir.ts'

export const start: Command = {
  name: 'start',
  usage: `shelfmark start [--port PORT] [--data DIR] [--web]
  Starts Shelfmark: the desktop app where Electron can run, else (or with
  --web) the web app and the catalog's CKAN API on http://127.0.0.1:5000,
  printing the address to open and how to create a sysadmin and a token.`,
  async run(args) {
    const { values } = parseArguments(args, { ...dataOption, port: { type: 'string' }, web: { type: 'boolean' } }, { min: 0, max: 0 })
    const dataDir = resolveDataDir(values.data)
    const { checkDesktop, launchDesktop } = await import('../desktop-launch.ts')
    const desktop = values.web ? { ok: false as const, reason: '--web was given' } : await checkDesktop()
    if (desktop.ok) return launchDesktop(desktop.electronPath, { dataDir, port: parsePort(values.port ?? '5000') })
    process.stdout.write(`The desktop app cannot open here: ${desktop.reason}. Serving the web app instead.\n`)
    // Loaded on use: other commands need not pay for the HTTP stack at start-up.
    const { serveCatalog, serveUntilStopped } = await import('../serve-catalog.ts')
    const { engine, server } = await serveCatalog({ dataDir, host: '127.0.0.1', port: parsePort(values.port ?? '5000') })
    const dataFlag = isDefaultDataDir(values.data) ? '' : ` --data ${quote(dataDir)}`
    const { webSignInLink } = await import('../web-sign-in-link.ts')
    process.stdout.write(`Open the app in a browser: ${webSignInLink(engine, server.url)}\n(a one-time sign-in link)\n\n`)
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
