/**
 * Web mode, end to end: search with a query and two facets; the list, the
 * result count and every facet count on screen match what the engine's
 * package_search answers for the same question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, screenshot, type Session } from './browser.ts'
import { AppPage } from './pages/app-page.ts'
import { CatalogPage } from './pages/catalog-page.ts'
import type { ServeProcess } from './serve-process.ts'
import { closeStage, signedInStage } from './stage.ts'

const orgs = ['river-authority', 'city-council', 'weather-office']
const topics = ['river', 'rainfall', 'traffic', 'budget', 'flood']
const formats = ['CSV', 'JSON', 'GeoJSON']
const licenses = ['cc-by', 'odc-odbl', 'cc-zero']

/** 45 datasets spread over organizations, tags, formats and licenses. */
function seedDatasets() {
  return Array.from({ length: 45 }, (_, i) => ({
    name: `dataset-${String(i).padStart(2, '0')}`,
    title: `${topics[i % 5]} measurements ${i}`,
    notes: i % 3 === 0 ? 'Daily river levels and flood warnings.' : 'Yearly figures.',
    owner_org: orgs[i % 3],
    license_id: licenses[i % 3 === 0 ? 0 : i % 2],
    private: i % 7 === 0,
    tags: [{ name: topics[i % 5] }, { name: i % 2 ? 'open' : 'archive' }],
    resources: [{ url: `https://example.org/${i}.${formats[i % 3].toLowerCase()}`, format: formats[i % 3], name: `file ${i}` }],
  }))
}

describe.skipIf(!hasChromium)('catalog search', () => {
  let serve: ServeProcess
  let session: Session
  let app: AppPage
  let catalog: CatalogPage

  beforeAll(async () => {
    ;({ serve, session, app } = await signedInStage())
    catalog = new CatalogPage(session.page)
    for (const name of orgs) expect((await app.api('organization_create', { name, title: name.replace('-', ' ') })).success).toBe(true)
    for (const dataset of seedDatasets()) expect((await app.api('package_create', dataset)).success).toBe(true)
    await session.page.reload()
    await catalog.list().waitFor()
  })

  afterAll(async () => {
    await closeStage({ session, serve })
  })

  it('shows every dataset, private ones included, with facet counts', async () => {
    await expect.poll(() => catalog.resultCount()).toBe(45)
    await catalog.settled()
    const engine = await app.api('package_search', { q: '', include_private: true, include_drafts: true, 'facet.field': '["organization"]', rows: 0 })
    expect(engine.result.count).toBe(45)
    const shown = await catalog.facetCounts('organization')
    const expected = Object.fromEntries(engine.result.search_facets.organization.items.map((i: { name: string; count: number }) => [i.name, i.count]))
    expect(shown).toEqual(expected)
    await expect.poll(() => session.page.locator('.dataset-row .badge-private').count()).toBeGreaterThan(0)
    await screenshot(session.page, 'search-1-all')
  })

  it('matches the engine for a query plus two facets', async () => {
    const page = session.page
    await page.keyboard.press('Control+k') // focuses and selects the search box from anywhere
    await page.keyboard.type('river')
    await expect.poll(() => catalog.list().getAttribute('data-query')).toBe('river')
    await catalog.settled()
    await catalog.facetItem('organization', 'river-authority').click()
    await catalog.settled()
    await catalog.facetItem('res_format', 'CSV').click()
    await catalog.settled()
    await expect.poll(() => catalog.facetItem('res_format', 'CSV').getAttribute('aria-pressed')).toBe('true')
    await screenshot(page, 'search-2-query-and-facets')

    const engine = await app.api('package_search', {
      q: 'river',
      fq: 'organization:"river-authority" AND res_format:"CSV"',
      sort: 'score desc, metadata_modified desc',
      include_private: true,
      include_drafts: true,
      rows: 100,
      'facet.field': JSON.stringify(['organization', 'groups', 'tags', 'res_format', 'license_id']),
      'facet.limit': 50,
    })
    expect(engine.success).toBe(true)
    expect(engine.result.count).toBeGreaterThan(0)
    expect(engine.result.count).toBeLessThan(45)
    await expect.poll(() => catalog.resultCount()).toBe(engine.result.count)
    expect(await catalog.rowNames()).toEqual(engine.result.results.map((d: { name: string }) => d.name).slice(0, (await catalog.rowNames()).length))
    for (const field of ['organization', 'tags', 'res_format', 'license_id']) {
      const expected = Object.fromEntries(
        (engine.result.search_facets[field]?.items ?? []).map((i: { name: string; count: number }) => [i.name, i.count]),
      )
      expect(await catalog.facetCounts(field)).toEqual(expected)
    }
  })

  it('answers a trailing space with the shown results, asking the engine nothing', async () => {
    const page = session.page
    const searches = () =>
      page.evaluate(() => (globalThis as any).performance.getEntriesByType('resource').filter((r: any) => r.name.endsWith('/package_search')).length)
    const before = await searches()
    const names = await catalog.rowNames()
    await catalog.searchBox().press('End')
    await catalog.searchBox().press(' ')
    await expect.poll(() => catalog.list().getAttribute('data-shown-query')).toBe('river ')
    await catalog.settled()
    expect(await searches()).toBe(before)
    expect(await catalog.rowNames()).toEqual(names)
    await expect.poll(() => catalog.facetItem('res_format', 'CSV').getAttribute('aria-pressed')).toBe('true')
  })

  it('opens a dataset from the list with the keyboard', async () => {
    const page = session.page
    const first = (await catalog.rowNames())[0]
    await catalog.list().focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`#/dataset/${first}$`))
    await page.locator('.dataset-screen h1').waitFor()
  })
})
