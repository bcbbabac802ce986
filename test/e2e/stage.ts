/**
 * What every screen test starts from: a `serve` of a fresh catalog and
 * Chromium signed in to it through the printed one-time link.
 */
import { launch, type Session } from './browser.ts'
import { AppPage } from './pages/app-page.ts'
import { DatasetPage } from './pages/dataset-page.ts'
import { startServe, type ServeProcess } from './serve-process.ts'

export type Stage = { serve: ServeProcess; session: Session; app: AppPage; dataset: DatasetPage }

/** Starts the server and the browser and signs in. */
export async function signedInStage(): Promise<Stage> {
  const serve = await startServe()
  const session = await launch()
  const app = new AppPage(session.page)
  await app.signInWithLink(serve.signInLink)
  return { serve, session, app, dataset: new DatasetPage(session.page) }
}

/** Closes the browser, then stops the server (each if it started). */
export async function closeStage({ session, serve }: Partial<Stage>): Promise<void> {
  await session?.close()
  await serve?.stop()
}
