/**
 * Web mode, end to end: the screens under awkward input and failure, as the
 * UI audit found them: invalid group names on edit, a failed "Add member",
 * long unbroken titles, resource delete and multi-file drops, multilingual
 * fields, failed searches, and the server going away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launch, screenshot, type Session } from './browser.ts'
import { AppPage } from './pages/app-page.ts'
import { CatalogPage } from './pages/catalog-page.ts'
import { DatasetPage } from './pages/dataset-page.ts'
import { startServe, type ServeProcess } from './serve-process.ts'

const charsetMessage = 'Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'
const longTitle = 'Statistische_Jahresberichte_der_Landeshauptstadt_'.repeat(6)
const longFrench = `Les casques noirs ${'sont portés par les pilotes pendant les vols de nuit, '.repeat(4)}fin du texte.`

describe.skipIf(!hasChromium)('screens under awkward input', () => {
  let serve: ServeProcess
  let session: Session
  let app: AppPage
  let dataset: DatasetPage

  beforeAll(async () => {
    serve = await startServe()
    session = await launch()
    app = new AppPage(session.page)
    dataset = new DatasetPage(session.page)
    await app.signInWithLink(serve.signInLink)
    expect((await app.api('organization_create', { name: 'parks', title: 'Parks Department' })).success).toBe(true)
    expect((await app.api('package_create', { name: 'long-unbroken', title: longTitle, owner_org: 'parks' })).success).toBe(true)
    const resource = { package_id: 'long-unbroken', name: 'Jahresbericht_'.repeat(22), url: `https://example.org/${'verzeichnis_'.repeat(20)}datei.csv` }
    expect((await app.api('resource_create', resource)).success).toBe(true)
    for (const name of ['first.csv', 'second.csv']) {
      expect((await app.api('resource_create', { package_id: 'long-unbroken', name, url: `https://example.org/${name}` })).success).toBe(true)
    }
    const multilingual = {
      name: 'helmets',
      title: 'Helmets',
      owner_org: 'parks',
      title_translated: { en: 'Black helmets', fr: 'Casques noirs' },
      notes_translated: { en: 'Helmets worn at night.', fr: longFrench },
      org_title_at_publication: { en: '', fr: '' },
      archiver: { status: 'Archived successfully', cache_url: `https://archive.example.org/${'x'.repeat(150)}/helmets.csv`, reason: { code: 0 } },
    }
    expect((await app.api('package_create', multilingual)).success).toBe(true)
  })

  afterAll(async () => {
    await session?.close()
    await serve?.stop()
  })

  it('refuses an invalid or empty URL name when editing an organization, as create does', async () => {
    const page = session.page
    await page.goto(`${serve.url}/#/organization/parks`)
    await page.getByRole('button', { name: 'Edit details' }).click()
    const name = page.locator('.group-form [data-field="name"] input')
    const error = page.locator('.group-form [data-field="name"] .field-error')
    await name.fill('Bad Name!')
    await page.locator('.group-form').getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => error.innerText()).toBe(charsetMessage)
    await screenshot(page, 'robust-1-bad-org-name')
    await name.fill('')
    await page.locator('.group-form').getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => error.innerText()).toBe('Missing value')
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.closest('[data-field]')?.dataset.field)).toBe('name')
    const list = (await app.api<string[]>('organization_list')).result
    expect(list).toEqual(['parks'])
    await page.locator('.group-form').getByRole('button', { name: 'Cancel' }).click()
  })

  it('says why "Add member" failed next to the user box', async () => {
    const page = session.page
    await page.goto(`${serve.url}/#/organization/parks`)
    await page.locator('.add-member input').fill('nobody-here')
    await page.getByRole('button', { name: 'Add member' }).click()
    const error = page.locator('.add-member .field-error')
    await expect.poll(() => error.innerText()).toContain('Not found: User')
    expect(await page.locator('.add-member input').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('.banner-error', { hasText: 'Some fields need attention' }).count()).toBe(0)
    await screenshot(page, 'robust-2-add-member')
  })

  it('closes the New group form with Escape', async () => {
    const page = session.page
    await new AppPage(page).goTo('Groups')
    await page.getByRole('button', { name: 'New group' }).click()
    await page.locator('.group-form [data-field="title"] input').waitFor()
    await page.keyboard.press('Escape')
    await page.locator('.group-form').waitFor({ state: 'detached' })
  })

  it('puts the focus on Title after N', async () => {
    const page = session.page
    await new AppPage(page).goTo('Catalog')
    await page.locator('.search-input').waitFor()
    await page.locator('.search-input').blur()
    await page.keyboard.press('n')
    await expect
      .poll(() => page.evaluate(() => (globalThis as any).document.activeElement?.closest('[data-field]')?.dataset.field))
      .toBe('title')
  })
})
