/** The app shell as a test sees it: signing in, navigating, calling the API as the signed-in browser. */
import type { Page } from 'playwright-core'

/** The whole app. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the one-time sign-in link and waits for the catalog. */
  async signInWithLink(link: string): Promise<void> {
    await this.page.goto(link)
    await this.page.locator('.nav-rail').waitFor()
  }

  /** Goes to a screen through the navigation rail. */
  async goTo(label: 'Catalog' | 'Organizations' | 'Groups' | 'Remotes & sync'): Promise<void> {
    await this.page.locator('.nav-rail a', { hasText: label }).click()
  }

  /** Calls an action over HTTP as the signed-in browser (same origin, session cookie). */
  async api<T = any>(action: string, params: Record<string, unknown> = {}): Promise<{ success: boolean; result: T; error?: any }> {
    const answer = await this.page.evaluate(
      async ([name, body]) => {
        const response = await fetch(`/api/3/action/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
        return response.json()
      },
      [action, params] as const,
    )
    return answer as { success: boolean; result: T; error?: any }
  }

  /** The text of the latest toast. */
  toast() {
    return this.page.locator('.toast').last()
  }
}
