/** `shelfmark serve`: the CKAN-compatible HTTP API over a data directory. */
import { dataOption, parseArguments, parsePort } from '../args.ts'
import type { Command } from '../command.ts'
import { resolveDataDir } from '../data-dir.ts'
import { webSignInLink } from '../web-sign-in-link.ts'

export const serve: Command = {
  name: 'serve',
  usage: `shelfmark serve [--host HOST] [--port PORT] [--data DIR] [--site-url URL]
  Serves the CKAN Action API (default http://127.0.0.1:5000) until Ctrl+C.
  --host      address to listen on (default 127.0.0.1: this machine only)
  --port      port (default 5000; 0 picks a free one)
  --site-url  base URL written into help and download links (default: the URL served)`,
  async run(args) {
    const { values } = parseArguments(
      args,
      { ...dataOption, host: { type: 'string' }, port: { type: 'string' }, 'site-url': { type: 'string' } },
      { min: 0, max: 0 },
    )
    const dataDir = resolveDataDir(values.data)
    // Loaded on use: other commands need not pay for the HTTP stack at start-up.
    const { serveCatalog, serveUntilStopped } = await import('../serve-catalog.ts')
    const host = values.host ?? '127.0.0.1'
    const { engine, server } = await serveCatalog({
      dataDir,
      host,
      port: parsePort(values.port ?? '5000'),
      siteUrl: values['site-url'],
    })
    process.stdout.write(`Serving ${server.url}\nData directory: ${dataDir}\n`)
    process.stdout.write(`Open the app in a browser (one-time sign-in link): ${webSignInLink(engine, server.url)}\n`)
    await serveUntilStopped(engine, server)
  },
}
