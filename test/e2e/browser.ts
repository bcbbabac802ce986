/**
 * Debian's Chromium, headless, driven by playwright-core: a fresh profile
 * per launch, no network but loopback in practice, and a screenshot helper
 * writing under test/e2e/screenshots/ (not committed) for people to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { projectRoot } from './serve-process.ts'

/** Where Debian puts Chromium (CI installs it with apt-get). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** True when the browser exists; tests skip with a clear message otherwise. */
export const hasChromium = existsSync(chromiumPath)

/** A launched browser with one page of the given size. */
export type Session = { context: BrowserContext; page: Page; close(): Promise<void> }

/** Launches Chromium with a fresh profile and opens a 1280×800 page. */
export async function launch(viewport = { width: 1280, height: 800 }): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'shelfmark-chromium-'))
  // A persistent context is how playwright takes a user data directory of our choosing.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(60_000) // two shared cores: be patient, not flaky
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  ;(page as Page & { errors?: string[] }).errors = errors
  return {
    context,
    page,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Console errors and uncaught exceptions the page produced so far. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? []
}

/** Saves a full-window screenshot as test/e2e/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(projectRoot, 'test', 'e2e', 'screenshots')
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: join(dir, `${name}.png`) })
}
