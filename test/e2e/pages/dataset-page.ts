/** The dataset screen (editor, resources, history) as a test drives it. */
import type { Locator, Page } from 'playwright-core'

/** One dataset screen. */
export class DatasetPage {
  constructor(readonly page: Page) {}

  /** The form control of a CKAN field (input, textarea or select). */
  field(name: string): Locator {
    return this.page.locator(`[data-field="${name}"]`).locator('input, textarea, select').first()
  }

  /** The error messages shown under a field. */
  fieldError(name: string): Locator {
    return this.page.locator(`[data-field="${name}"] .field-error`)
  }

  /** The main button: "Create dataset" or "Save". */
  saveButton(): Locator {
    return this.page.locator('.header-actions button.primary')
  }

  async fill(name: string, value: string): Promise<void> {
    await this.field(name).fill(value)
  }

  /** Adds tags through the tag box. */
  async addTags(...tags: string[]): Promise<void> {
    const box = this.field('tags')
    for (const tag of tags) {
      await box.fill(tag)
      await box.press('Enter')
    }
  }

  async selectOrganization(title: string): Promise<void> {
    await this.field('owner_org').selectOption({ label: title })
  }

  async openTab(name: 'Metadata' | 'Resources' | 'History'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${name}`) }).click()
  }

  /** The rendered Markdown notes (the Preview tab of the description). */
  async previewNotes(): Promise<Locator> {
    await this.page.locator('.notes-field').getByRole('tab', { name: 'Preview' }).click()
    return this.page.locator('.notes-field .notes')
  }

  /**
   * Drops files onto the dataset as a desktop drag would: a real DragEvent
   * carrying a DataTransfer with File objects built in the page.
   */
  async dropFiles(target: string, files: { name: string; base64: string; type: string }[]): Promise<void> {
    await this.page.evaluate(
      ([selector, list]) => {
        const page = globalThis as any // runs in the browser (the test's tsconfig has no DOM types)
        const transfer = new page.DataTransfer()
        for (const file of list) {
          const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))
          transfer.items.add(new page.File([bytes], file.name, { type: file.type }))
        }
        const element = page.document.querySelector(selector)
        for (const type of ['dragenter', 'dragover', 'drop']) {
          element.dispatchEvent(new page.DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }))
        }
      },
      [target, files] as const,
    )
  }

  /** Upload rows by file name. */
  upload(fileName: string): Locator {
    return this.page.locator(`.upload[data-file="${fileName}"]`)
  }

  resourceRows(): Locator {
    return this.page.locator('.resource-row')
  }
}
