/**
 * Web mode, end to end: a curator who administers one organization of two
 * selects datasets in the catalog list (checkbox, Shift+click range,
 * Ctrl+click, Ctrl+A, Escape) and makes them private or deletes them at
 * once; the other organization's datasets are refused and stay selected.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, pageErrors, screenshot, type Session } from './browser.ts'
import { AppPage } from './pages/app-page.ts'
import { CatalogPage } from './pages/catalog-page.ts'
import type { ServeProcess } from './serve-process.ts'
import { closeStage, signedInStage } from './stage.ts'

/** Enough rows after the six that matter that the virtual list unmounts those while scrolled to the end. */
const fillerCount = 40
const total = 6 + fillerCount
const lastFiller = `x-filler-${fillerCount - 1}`

describe.skipIf(!hasChromium)('selecting datasets and changing them at once', () => {
  let serve: ServeProcess
  let session: Session
  let page: Page
  let app: AppPage
  let catalog: CatalogPage

  const toolbar = () => page.getByRole('toolbar', { name: 'Selected datasets' })
  const checkbox = (title: string) => page.getByRole('checkbox', { name: `Select ${title}`, exact: true })
  const row = (name: string) => page.locator(`.dataset-row[data-name="${name}"]`)
  const toastText = () => app.toast().locator('span').innerText()
  const shown = async (name: string) => (await app.api('package_show', { id: name })).result

  /** Scrolls the list to its end (every page loads, the first rows leave the DOM) and back to the top. */
  async function scrollThrough(): Promise<void> {
    await catalog.list().evaluate((list) => (list.scrollTop = list.scrollHeight))
    await row(lastFiller).waitFor()
    await row('park-1').waitFor({ state: 'detached' })
    await catalog.list().evaluate((list) => (list.scrollTop = 0))
    await row('park-1').waitFor()
  }

  beforeAll(async () => {
    ;({ serve, session, app } = await signedInStage())
    page = session.page
    catalog = new CatalogPage(page)
    const seed = async (action: string, params: Record<string, unknown>) => expect((await app.api(action, params)).error).toBeUndefined()
    await seed('organization_create', { name: 'parks', title: 'Parks Department' })
    await seed('organization_create', { name: 'roads', title: 'Roads Agency' })
    await seed('user_create', { name: 'curator', email: 'curator@example.org', password: 'a long password' })
    await seed('organization_member_create', { id: 'parks', username: 'curator', role: 'admin' })
    for (const i of [1, 2, 3, 4]) await seed('package_create', { name: `park-${i}`, title: `Park ${i}`, owner_org: 'parks' })
    for (const i of [1, 2]) await seed('package_create', { name: `road-${i}`, title: `Road ${i}`, owner_org: 'roads' })
    for (let i = 0; i < fillerCount; i++) await seed('package_create', { name: `x-filler-${String(i).padStart(2, '0')}`, owner_org: 'parks' })
    // The curator signs in on this browser: admin of Parks, nothing of Roads (whose datasets are public, so listed).
    const signedIn = await page.evaluate(async () => {
      const response = await fetch('/signin/password', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'curator', password: 'a long password' }),
      })
      return response.status
    })
    expect(signedIn).toBe(200)
    await page.reload()
    await page.locator('.nav-user', { hasText: 'curator' }).waitFor()
    await page.getByLabel('Sort order').selectOption('name asc')
    await row('x-filler-00').waitFor() // the answer sorted by name (the fillers come after the six)
    await catalog.settled()
  })

  afterAll(async () => {
    await closeStage({ session, serve })
  })

  it('lists the seeded datasets by name, with no toolbar while nothing is selected', async () => {
    expect(await catalog.resultCount()).toBe(total)
    expect((await catalog.rowNames()).slice(0, 6)).toEqual(['park-1', 'park-2', 'park-3', 'park-4', 'road-1', 'road-2'])
    expect(await toolbar().count()).toBe(0)
  })

  it('selects with the checkbox, a Shift+click range and a Ctrl+click on a row, and keeps the selection while rows scroll away', async () => {
    await checkbox('Park 1').click()
    await expect.poll(() => toolbar().innerText()).toContain('1 selected')
    await checkbox('Park 3').click({ modifiers: ['Shift'] })
    await expect.poll(() => toolbar().innerText()).toContain('3 selected')
    expect(await checkbox('Park 2').isChecked()).toBe(true)
    await row('park-4').click({ modifiers: ['Control'] }) // selects, does not open
    await expect.poll(() => toolbar().innerText()).toContain('4 selected')
    expect(page.url()).not.toContain('#/dataset/')
    expect(await checkbox('Road 1').isChecked()).toBe(false)
    await scrollThrough()
    for (const title of ['Park 1', 'Park 2', 'Park 3', 'Park 4']) expect(await checkbox(title).isChecked()).toBe(true)
    expect(await toolbar().innerText()).toContain('4 selected')
    await screenshot(page, 'bulk-1-selected')
  })

  it('makes the selection private: a toast sums up, the rows show the badge, nothing stays selected', async () => {
    await toolbar().getByRole('button', { name: 'Make private' }).click()
    await expect.poll(toastText).toBe('4 datasets made private')
    for (const name of ['park-1', 'park-2', 'park-3', 'park-4']) {
      await row(name).locator('.badge-private').waitFor()
      expect((await shown(name)).private).toBe(true)
    }
    expect(await row('road-1').locator('.badge-private').count()).toBe(0)
    expect(await row(lastFiller).count()).toBe(0) // the search ran again: the list starts from its first page
    await toolbar().waitFor({ state: 'detached' })
    expect(await checkbox('Park 1').isChecked()).toBe(false)
    await screenshot(page, 'bulk-2-private')
  })

  it('selects from the keyboard: Space the active row, Shift+Space the range to it', async () => {
    await catalog.list().focus()
    await page.keyboard.press('Home')
    await page.keyboard.press('Space')
    await expect.poll(() => toolbar().innerText()).toContain('1 selected')
    expect(await checkbox('Park 1').isChecked()).toBe(true)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Shift+Space')
    await expect.poll(() => toolbar().innerText()).toContain('3 selected')
    expect(await checkbox('Park 3').isChecked()).toBe(true)
    expect(await checkbox('Park 4').isChecked()).toBe(false)
    expect(page.url()).not.toContain('#/dataset/')
  })

  it('selects every loaded dataset with Ctrl+A, not only the rows in the DOM, and none with Escape', async () => {
    await scrollThrough()
    await catalog.list().focus()
    await page.keyboard.press('Control+a')
    await expect.poll(() => toolbar().innerText()).toContain(`${total} selected`)
    expect(await page.locator('.dataset-row[data-name]').count()).toBeLessThan(total)
    expect(await checkbox('Road 2').isChecked()).toBe(true)
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Datasets') // still the list
    await page.keyboard.press('Escape')
    await toolbar().waitFor({ state: 'detached' })
    expect(await checkbox('Road 2').isChecked()).toBe(false)
  })

  it('deletes after confirming; the organization the curator does not administer refuses, and its dataset stays selected', async () => {
    await checkbox('Park 1').click()
    await checkbox('Road 1').click({ modifiers: ['Shift'] })
    await expect.poll(() => toolbar().innerText()).toContain('5 selected')
    await toolbar().getByRole('button', { name: 'Delete…' }).click()
    const confirm = page.getByRole('group', { name: 'Confirm: Delete 5 datasets?' })
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
    await expect.poll(toastText).toBe('4 datasets deleted; 1 dataset not changed: not an admin of Roads Agency')
    await expect.poll(() => catalog.rowNames().then((names) => names.slice(0, 2))).toEqual(['road-1', 'road-2'])
    expect(await catalog.resultCount()).toBe(total - 4)
    for (const name of ['park-1', 'park-2', 'park-3', 'park-4']) expect((await shown(name)).state).toBe('deleted')
    expect(await shown('road-1')).toMatchObject({ state: 'active', private: false })
    expect(await checkbox('Road 1').isChecked()).toBe(true)
    expect(await toolbar().innerText()).toContain('1 selected')
    await screenshot(page, 'bulk-3-refused')
  })

  it('refuses again for what stayed selected, and a new search text clears the selection', async () => {
    await toolbar().getByRole('button', { name: 'Make private' }).click()
    await expect.poll(toastText).toBe('No datasets made private; 1 dataset not changed: not an admin of Roads Agency')
    expect(await checkbox('Road 1').isChecked()).toBe(true)
    await catalog.searchBox().fill('road')
    await expect.poll(() => catalog.list().getAttribute('data-shown-query')).toBe('road')
    await toolbar().waitFor({ state: 'detached' })
    expect(await checkbox('Road 1').isChecked()).toBe(false)
  })

  it('still opens a dataset on a plain click', async () => {
    await row('road-2').click()
    await page.waitForURL(/#\/dataset\/road-2$/)
    expect(pageErrors(page).filter((e) => !e.includes('status of 403'))).toEqual([]) // the refusals above log their 403s
  })
})
