/**
 * Runs the HTTP door over the catalog in a data directory until the process
 * is asked to stop (Ctrl+C, SIGTERM), then closes both cleanly.
 */
import { Engine } from '../engine/engine.ts'
import { startServer, type RunningServer } from '../server/server.ts'

export type ServeOptions = { dataDir: string; host: string; port: number; siteUrl?: string }

/** Opens the catalog and starts listening; a taken port becomes a readable error. */
export async function serveCatalog(options: ServeOptions): Promise<{ engine: Engine; server: RunningServer }> {
  const engine = Engine.open({ dataDir: options.dataDir, indexThread: true })
  try {
    const server = await startServer({ engine, host: options.host, port: options.port, siteUrl: options.siteUrl })
    return { engine, server }
  } catch (error) {
    engine.close()
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new Error(`port ${options.port} on ${options.host} is already in use (is Shelfmark already running?); choose another with --port`)
    }
    throw error
  }
}

/** Resolves once SIGINT or SIGTERM arrives, after closing the server and the catalog. */
export function serveUntilStopped(engine: Engine, server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      server
        .close()
        .catch((error) => console.error('shelfmark: error while stopping the server:', error))
        .finally(() => {
          engine.close()
          resolve()
        })
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
