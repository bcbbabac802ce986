/**
 * Web mode, end to end: create a dataset in the editor, see the engine's
 * validation errors on the fields they name, fix them, save with Ctrl+S;
 * the unsaved-changes guard; Markdown notes that render inert.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, pageErrors, screenshot, type Session } from './browser.ts'
import { AppPage } from './pages/app-page.ts'
import { DatasetPage } from './pages/dataset-page.ts'
import { GroupPage } from './pages/group-page.ts'
import type { ServeProcess } from './serve-process.ts'
import { closeStage, signedInStage } from './stage.ts'

if (!hasChromium) console.warn('skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)')

describe.skipIf(!hasChromium)('dataset editor', () => {
  let serve: ServeProcess
  let session: Session
  let app: AppPage
  let dataset: DatasetPage

  beforeAll(async () => {
    ;({ serve, session, app, dataset } = await signedInStage())
    await app.goTo('Organizations')
    await new GroupPage(session.page).create('organization', 'River Authority')
  })

  afterAll(async () => {
    await closeStage({ session, serve })
  })

  it('shows validation errors on their fields, then saves once they are fixed', async () => {
    const page = session.page
    await page.keyboard.press('n')
    await page.locator('h1', { hasText: 'New dataset' }).waitFor()
    await dataset.fill('title', 'Rivers of Europe')
    expect(await dataset.field('name').inputValue()).toBe('rivers-of-europe') // follows the title
    await dataset.fill('name', 'Rivers Of Europe!')
    await dataset.fill('notes', 'Lengths and **basins** of major rivers.')
    await dataset.addTags('water', 'geography')
    await dataset.saveButton().click()

    await expect.poll(() => dataset.fieldError('name').innerText()).toContain('Must be purely lowercase alphanumeric')
    expect(await dataset.fieldError('owner_org').innerText()).toContain('An organization must be provided')
    expect(await dataset.field('name').getAttribute('aria-invalid')).toBe('true')
    await screenshot(page, 'editor-1-validation-errors')

    await dataset.fill('name', 'rivers-of-europe')
    await dataset.selectOrganization('River Authority')
    await page.keyboard.press('Control+s')
    await page.waitForURL(/#\/dataset\/rivers-of-europe$/)
    await expect.poll(() => app.toast().innerText()).toContain('Dataset created')
    await screenshot(page, 'editor-2-saved')

    const stored = await app.api('package_show', { id: 'rivers-of-europe' })
    expect(stored.result).toMatchObject({ title: 'Rivers of Europe', notes: 'Lengths and **basins** of major rivers.', private: false })
    expect(stored.result.tags.map((t: { name: string }) => t.name).sort()).toEqual(['geography', 'water'])
    expect(stored.result.organization.title).toBe('River Authority')
    expect(pageErrors(page).filter((e) => !e.includes('status of 4'))).toEqual([])
  })

  it('asks before leaving with unsaved changes, and keeps them when told to stay', async () => {
    const page = session.page
    await dataset.fill('version', '2.0')
    await page.locator('.unsaved').waitFor()
    await app.goTo('Catalog')
    const dialog = page.getByRole('alertdialog')
    await dialog.waitFor()
    await screenshot(page, 'editor-3-unsaved-guard')
    await dialog.getByRole('button', { name: 'Keep editing' }).click()
    expect(page.url()).toMatch(/#\/dataset\/rivers-of-europe$/)
    expect(await dataset.field('version').inputValue()).toBe('2.0')

    await page.keyboard.press('Control+s')
    await page.locator('.unsaved').waitFor({ state: 'detached' })
    expect((await app.api('package_show', { id: 'rivers-of-europe' })).result.version).toBe('2.0')
    await app.goTo('Catalog')
    await page.waitForURL(/#\/$/)
  })

  it('renders notes with <script>, <img onerror> and javascript: links inert', async () => {
    const page = session.page
    await page.goto(`${serve.url}/#/dataset/rivers-of-europe`)
    await dataset.field('notes').waitFor()
    const hostile = [
      'Safe **bold** and [a real link](https://example.org/).',
      '<script>window.__pwned = "script"</script>',
      '<img src=x onerror="window.__pwned = \'img\'">',
      '[click me](javascript:window.__pwned="link")',
      '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    ].join('\n\n')
    await dataset.fill('notes', hostile)
    const notes = await dataset.previewNotes()
    await expect.poll(() => notes.innerText()).toContain('Safe')
    expect(await notes.locator('strong').innerText()).toBe('bold')
    expect(await notes.locator('script, img, iframe, object').count()).toBe(0)
    const hrefs = await notes.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs).toEqual(['https://example.org/'])
    expect(await notes.innerText()).toContain('<script>') // shown as text, not run
    await notes.locator('text=click me').click().catch(() => undefined)
    expect(await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned)).toBeUndefined()
    await screenshot(page, 'editor-4-inert-notes')
  })
})
