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
  --site-url  base URL written into help and download links (default: ckan.site_url
              in the data directory's shelfmark.ini, else the URL served)`,
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
    const warning = exposureWarning(host, values['site-url'] ?? engine.fileConfig.siteUrl)
    if (warning) process.stderr.write(warning)
    process.stdout.write(`Open the app in a browser (one-time sign-in link): ${webSignInLink(engine, server.url)}\n`)
    await serveUntilStopped(engine, server)
  },
}

/**
 * What serving beyond this machine means, said when --host asks for it: plain
 * HTTP (tokens and the sign-in link travel unencrypted), and the Host check
 * that answers only requests naming a loopback name, HOST or the site URL's
 * host (DNS rebinding), so a wildcard address alone lets no one else in.
 */
export function exposureWarning(host: string, siteUrl: string | undefined): string | null {
  if (['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host.toLowerCase())) return null
  const wildcard = host === '0.0.0.0' || host === '::'
  const names = siteUrl ? ` or ${URL.parse(siteUrl)?.hostname ?? siteUrl}` : wildcard ? '' : ` or ${host}`
  return (
    `Warning: listening on ${host}: other machines can reach this port, over plain HTTP (tokens and the sign-in link are not encrypted).\n` +
    `Only requests addressed to localhost, 127.0.0.1, [::1]${names} are answered` +
    (wildcard && !siteUrl ? '; to be reached by name, add --site-url http://NAME:PORT.\n' : '.\n')
  )
}
