/** The catalog screen: search box, facets, the virtual list. */
import type { Locator, Page } from 'playwright-core'

/** The catalog. */
export class CatalogPage {
  constructor(readonly page: Page) {}

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search datasets' })
  }

  /** The list element; its data-query / data-count say which answer it shows. */
  list(): Locator {
    return this.page.locator('.dataset-list')
  }

  /** A facet value's button. */
  facetItem(field: string, value: string): Locator {
    return this.page.locator(`[data-facet="${field}"] .facet-item[data-value="${value}"]`)
  }

  /** The count shown beside a facet value. */
  async facetCount(field: string, value: string): Promise<number> {
    return Number((await this.facetItem(field, value).locator('.facet-count').innerText()).replace(/\D/g, ''))
  }

  /** Every facet value shown for a field with its count. */
  async facetCounts(field: string): Promise<Record<string, number>> {
    return this.page.locator(`[data-facet="${field}"] .facet-item`).evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [item.getAttribute('data-value')!, Number(item.querySelector('.facet-count')!.textContent!.replace(/\D/g, ''))]),
      ),
    )
  }

  /** The names of the rows in the DOM, in order. */
  async rowNames(): Promise<string[]> {
    return this.page.locator('.dataset-row[data-name]').evaluateAll((rows) =>
      rows
        .map((row) => ({ name: row.getAttribute('data-name')!, top: row.getBoundingClientRect().top }))
        .sort((a, b) => a.top - b.top)
        .map((row) => row.name),
    )
  }

  /** The number shown as the result count. */
  async resultCount(): Promise<number> {
    return Number((await this.page.locator('.result-count').innerText()).replace(/\D/g, ''))
  }

  /** Waits until nothing is loading and the list and facets show the latest question's answer. */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => {
      const doc = (globalThis as any).document
      return !doc.querySelector('.result-count[data-loading]') && !doc.querySelector('.facets[aria-busy="true"]')
    })
  }

  /** Waits until the results (not necessarily the facets) answer the latest question. */
  async resultsShown(): Promise<void> {
    await this.page.waitForFunction(() => !(globalThis as any).document.querySelector('.result-count[data-loading]'))
  }
}
