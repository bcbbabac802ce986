/** Builds the renderer once before the browser tests (serve would otherwise build it on the first page). */
import { ensureRendererBuilt } from '../../electron/server/routes/web-build.ts'

export default async function setup(): Promise<void> {
  await ensureRendererBuilt()
}
