/**
 * Web mode, end to end: the screens under awkward input and failure, as the
 * UI audit found them: invalid group names on edit, a failed "Add member",
 * long unbroken titles, resource delete and multi-file drops, multilingual
 * fields, failed searches, and the server going away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, screenshot, type Session } from './browser.ts'
import { AppPage } from './pages/app-page.ts'
import { CatalogPage } from './pages/catalog-page.ts'
import { DatasetPage } from './pages/dataset-page.ts'
import type { ServeProcess } from './serve-process.ts'
import { closeStage, signedInStage } from './stage.ts'

const charsetMessage = 'Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'
const longTitle = 'Statistische_Jahresberichte_der_Landeshauptstadt_'.repeat(6)
const longFrench = `Les casques noirs ${'sont portés par les pilotes pendant les vols de nuit, '.repeat(6)}fin du texte.`

describe.skipIf(!hasChromium)('screens under awkward input', () => {
  let serve: ServeProcess
  let session: Session
  let app: AppPage
  let dataset: DatasetPage

  beforeAll(async () => {
    ;({ serve, session, app, dataset } = await signedInStage())
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
    expect((await app.api('package_create', { name: 'drops', title: 'Drops', owner_org: 'parks' })).success).toBe(true)
    expect((await app.api('resource_create', { package_id: 'drops', name: 'keep.csv', url: 'https://example.org/keep.csv' })).success).toBe(true)
  })

  afterAll(async () => {
    await closeStage({ session, serve })
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

  it('wraps a long unbroken title and keeps Save and Delete in the window', async () => {
    const page = session.page
    await page.goto(`${serve.url}/#/dataset/long-unbroken`)
    await dataset.field('title').waitFor()
    for (const name of ['Save', 'Delete…']) {
      const box = (await page.locator('.header-actions').getByRole('button', { name, exact: true }).boundingBox())!
      expect(box.x).toBeGreaterThan(196) // right of the navigation rail
      expect(box.x + box.width).toBeLessThanOrEqual(1280)
    }
    const screen = await page.locator('main.screen').evaluate((el: any) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
    expect(screen.scroll).toBeLessThanOrEqual(screen.client)
    await screenshot(page, 'robust-4-long-title')
    await dataset.openTab('Resources')
    const row = dataset.resourceRows().first()
    await row.waitFor()
    const fits = await row.evaluate((el: any) => {
      const name = el.querySelector('.resource-name').getBoundingClientRect()
      const url = el.querySelector('.resource-url').getBoundingClientRect()
      const actions = el.querySelector('.resource-actions').getBoundingClientRect()
      const own = el.getBoundingClientRect()
      return { name: name.right <= actions.left, url: url.right <= own.right, scroll: el.scrollWidth <= el.clientWidth }
    })
    expect(fits).toEqual({ name: true, url: true, scroll: true })
    await screenshot(page, 'robust-5-long-resource')
  })

  it('asks before deleting a resource', async () => {
    const page = session.page
    await page.goto(`${serve.url}/#/dataset/long-unbroken`)
    await dataset.openTab('Resources')
    const names = async () => ((await app.api('package_show', { id: 'long-unbroken' })).result.resources as { name: string }[]).map((r) => r.name)
    await page.getByRole('button', { name: 'Delete first.csv' }).click()
    const confirm = page.getByRole('group', { name: 'Confirm: Delete this resource?' })
    await confirm.waitFor()
    await screenshot(page, 'robust-6-confirm-resource-delete')
    expect(await names()).toContain('first.csv')
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await confirm.waitFor({ state: 'detached' })
    expect(await names()).toContain('first.csv')
    await page.getByRole('button', { name: 'Delete first.csv' }).click()
    await confirm.getByRole('button', { name: 'Delete' }).click()
    await expect.poll(names).not.toContain('first.csv')
    expect(await names()).toContain('second.csv')
  })

  it('adds several files dropped on one resource as new resources and says so', async () => {
    const page = session.page
    await page.goto(`${serve.url}/#/dataset/drops`)
    await dataset.openTab('Resources')
    const before = (await app.api('package_show', { id: 'drops' })).result.resources[0]
    await dataset.resourceRows().first().waitFor()
    const file = (name: string) => ({ name, base64: Buffer.from(`${name}\n1,2\n`).toString('base64'), type: 'text/csv' })
    await dataset.dropFiles(`.resource-row[data-resource-id="${before.id}"]`, [file('new-a.csv'), file('new-b.csv')])
    await app.toast().filter({ hasText: 'Added 2 files as new resources' }).waitFor()
    const resources = async () => (await app.api('package_show', { id: 'drops' })).result.resources as { id: string; name: string; url: string }[]
    await expect.poll(async () => (await resources()).map((r) => r.name)).toEqual(['keep.csv', 'new-a.csv', 'new-b.csv'])
    expect((await resources())[0]).toMatchObject({ id: before.id, url: before.url })
    expect(await page.locator('.upload', { hasText: 'Replacing with' }).count()).toBe(0)
    expect(await page.locator('.dataset-screen.dragging').count()).toBe(0)
    await screenshot(page, 'robust-7-multi-drop')
  })

  it('shows multilingual fields a language a line, and any long value in full on demand', async () => {
    const page = session.page
    await page.goto(`${serve.url}/#/dataset/helmets`)
    const record = page.locator('.other-fields')
    await record.waitFor()
    expect(await record.locator('[data-key="title_translated"] li[lang="fr"]').innerText()).toContain('Casques noirs')
    expect(await record.locator('[data-key="title_translated"] li[lang="en"]').innerText()).toContain('Black helmets')
    expect(await record.locator('[data-key="org_title_at_publication"]').innerText()).toBe('—')
    const french = record.locator('[data-key="notes_translated"] li[lang="fr"]')
    await french.locator('summary').click()
    expect(await french.locator('.long-text').innerText()).toBe(longFrench)
    const archiver = record.locator('[data-key="archiver"]')
    await archiver.locator('summary').click()
    const full = await archiver.locator('pre').innerText()
    expect(full).toContain('/helmets.csv')
    expect(full).toContain('"code": 0')
    // Dates read as the catalog shows them, the stored value on hover.
    const created = record.locator('dt', { hasText: 'Created' }).locator('xpath=following-sibling::dd[1]')
    expect(await created.innerText()).not.toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(await created.getAttribute('title')).toMatch(/^\d{4}-\d\d-\d\dT/)
    await screenshot(page, 'robust-8-record-panel')
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

  it("shows the engine's message for a query it cannot parse, not 'No datasets match.'", async () => {
    const page = session.page
    const catalog = new CatalogPage(page)
    await new AppPage(page).goTo('Catalog')
    await catalog.searchBox().fill('title:[a TO')
    await catalog.list().getByText("Cannot parse 'title:[a TO'").waitFor()
    expect(await page.getByText('No datasets match.').count()).toBe(0)
    await screenshot(page, 'robust-3-bad-query')
    await catalog.searchBox().fill('')
    await catalog.list().locator('.dataset-row').first().waitFor()
  })
})

describe.skipIf(!hasChromium)('screens when the server goes away', () => {
  let serve: ServeProcess
  let session: Session
  let app: AppPage

  beforeAll(async () => {
    ;({ serve, session, app } = await signedInStage())
    expect((await app.api('organization_create', { name: 'rivers-org', title: 'Rivers' })).success).toBe(true)
    expect((await app.api('package_create', { name: 'danube', title: 'Danube levels', owner_org: 'rivers-org' })).success).toBe(true)
    await session.page.reload() // the catalog searched before the dataset existed
    await new CatalogPage(session.page).list().locator('.dataset-row[data-name="danube"]').waitFor()
  })

  afterAll(async () => {
    await closeStage({ session, serve })
  })

  it('keeps the navigation when a screen cannot be loaded, and Retry loads it', async () => {
    const page = session.page
    const syncChunk = /\/assets\/SyncScreen-[^/]*\.js$/
    await page.route(syncChunk, (route) => route.abort('connectionrefused'))
    await app.goTo('Remotes & sync')
    const failure = page.locator('.screen-failure')
    await failure.locator('h1', { hasText: "Can't reach Shelfmark" }).waitFor()
    expect(await page.locator('.nav-rail').isVisible()).toBe(true)
    await screenshot(page, 'robust-9-chunk-failed')
    await page.unroute(syncChunk)
    await failure.getByRole('button', { name: 'Retry' }).click()
    await page.locator('h1', { hasText: 'Remotes & sync' }).waitFor()
    await app.goTo('Catalog')
    await page.locator('.search-input').waitFor()
  })

  it('shows a failed search as a failure, not as "No datasets match."', async () => {
    const page = session.page
    await serve.stop() // only the server this file started
    await new CatalogPage(page).searchBox().fill('danube')
    const list = new CatalogPage(page).list()
    await list.getByText('Failed to fetch').waitFor()
    expect(await page.getByText('No datasets match.').count()).toBe(0)
    expect(await page.locator('.result-count').innerText()).not.toMatch(/^0 datasets/)
    await screenshot(page, 'robust-10-search-down')
  })

  it('keeps the shell usable when an unvisited screen is opened with the server down', async () => {
    const page = session.page
    await app.goTo('Organizations')
    await page.locator('.screen-failure h1', { hasText: "Can't reach Shelfmark" }).waitFor()
    expect(await page.locator('.nav-rail').isVisible()).toBe(true)
    await screenshot(page, 'robust-11-orgs-down')
    await app.goTo('Catalog')
    await page.locator('.search-input').waitFor()
    expect(await page.locator('.screen-failure').count()).toBe(0)
  })
})
