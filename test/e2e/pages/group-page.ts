/** The organizations and groups screens. */
import type { Page } from 'playwright-core'

/** Organizations / groups. */
export class GroupPage {
  constructor(readonly page: Page) {}

  /** Creates one through the "New organization" form; resolves on its page. */
  async create(kind: 'organization' | 'group', title: string): Promise<void> {
    await this.page.getByRole('button', { name: `New ${kind}` }).click()
    await this.page.locator('.group-form [data-field="title"] input').fill(title)
    await this.page.getByRole('button', { name: `Create ${kind}` }).click()
    await this.page.locator('.group-screen h1', { hasText: title }).waitFor()
  }
}
