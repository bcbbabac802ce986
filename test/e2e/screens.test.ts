/**
 * Web mode, end to end: the keyboard (screens, help, visible focus), the
 * organization screen with members and roles, groups, and the dataset
 * history with what changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launch, screenshot, type Session } from './browser.ts'
import { AppPage } from './pages/app-page.ts'
import { DatasetPage } from './pages/dataset-page.ts'
import { GroupPage } from './pages/group-page.ts'
import type { ServeProcess } from './serve-process.ts'
import { closeStage, signedInStage } from './stage.ts'

describe.skipIf(!hasChromium)('screens and keyboard', () => {
  let serve: ServeProcess
  let session: Session
  let app: AppPage

  beforeAll(async () => {
    ;({ serve, session, app } = await signedInStage())
    expect((await app.api('organization_create', { name: 'parks', title: 'Parks Department' })).success).toBe(true)
    expect((await app.api('user_create', { name: 'curator', email: 'curator@example.org', password: 'a long password' })).success).toBe(true)
    expect((await app.api('package_create', { name: 'trees', title: 'Street trees', owner_org: 'parks' })).success).toBe(true)
    expect((await app.api('package_patch', { id: 'trees', title: 'Street trees 2024', tags: [{ name: 'trees' }] })).success).toBe(true)
  })

  afterAll(async () => {
    await closeStage({ session, serve })
  })

  it('moves between screens with Alt+1…4 and shows the shortcut help with ?', async () => {
    const page = session.page
    await page.locator('body').click({ position: { x: 600, y: 700 } })
    for (const [key, heading] of [
      ['Alt+2', 'Organizations'],
      ['Alt+3', 'Groups'],
      ['Alt+4', 'Remotes & sync'],
    ] as const) {
      await page.keyboard.press(key)
      await page.locator('h1', { hasText: heading }).waitFor()
    }
    await page.keyboard.press('Alt+1')
    await page.locator('.search-input').waitFor()
    await page.locator('.search-input').blur()
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await help.waitFor()
    await screenshot(page, 'screens-1-shortcuts')
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })
  })

  it('shows where the keyboard focus is', async () => {
    const page = session.page
    await page.locator('.nav-rail a', { hasText: 'Organizations' }).focus()
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const g = globalThis as any
      const style = g.getComputedStyle(g.document.activeElement)
      return { style: style.outlineStyle, width: style.outlineWidth }
    })
    expect(outline.style).not.toBe('none')
    expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2)
  })

  it('adds a member to an organization and changes their role', async () => {
    const page = session.page
    await page.keyboard.press('Alt+2')
    await page.locator('.card', { hasText: 'Parks Department' }).click()
    await page.locator('.group-screen h1', { hasText: 'Parks Department' }).waitFor()
    await page.locator('.add-member input').fill('curator')
    await page.locator('.add-member select').selectOption('editor')
    await page.getByRole('button', { name: 'Add member' }).click()
    const row = page.locator('tr[data-user="curator"]')
    await row.waitFor()
    await row.getByLabel('Role of curator').selectOption('admin')
    await expect
      .poll(async () => (await app.api('organization_show', { id: 'parks', include_users: true })).result.users.find((u: { name: string }) => u.name === 'curator')?.capacity)
      .toBe('admin')
    await screenshot(page, 'screens-2-members')
    await row.getByRole('button', { name: 'Remove' }).click()
    await row.waitFor({ state: 'detached' })
  })

  it('creates a group', async () => {
    const page = session.page
    await page.keyboard.press('Alt+3')
    await new GroupPage(page).create('group', 'Green spaces')
    expect((await app.api('group_show', { id: 'green-spaces' })).result.title).toBe('Green spaces')
  })

  it('shows the dataset history with what changed', async () => {
    const page = session.page
    await page.goto(`${serve.url}/#/dataset/trees`)
    await new DatasetPage(page).openTab('History')
    const changed = page.locator('.history-entry', { hasText: 'changed' }).first()
    await changed.waitFor()
    const title = changed.locator('tr', { hasText: 'title' })
    expect(await title.locator('.before').innerText()).toBe('Street trees')
    expect(await title.locator('.after').innerText()).toBe('Street trees 2024')
    expect(await changed.locator('tr', { hasText: 'tags' }).locator('.after').innerText()).toBe('trees')
    await screenshot(page, 'screens-3-history')
  })

  it('restores an earlier version from the history, after asking, and not over unsaved edits', async () => {
    const page = session.page
    expect((await app.api('package_create', { name: 'benches', title: 'Park benches', notes: 'Every bench in the parks.', owner_org: 'parks', tags: [{ name: 'seating' }] })).success).toBe(true)
    expect((await app.api('package_patch', { id: 'benches', title: 'Benches (wrong)', notes: '', tags: [] })).success).toBe(true)
    const dataset = new DatasetPage(page)
    await page.goto(`${serve.url}/#/dataset/benches`)
    await dataset.fill('title', 'An unsaved edit')
    await dataset.openTab('History')
    const restore = page.getByRole('button', { name: /^Restore the version of/ })
    expect(await restore.count()).toBe(1) // the newest entry is the dataset as it stands
    expect(await restore.isDisabled()).toBe(true)
    await dataset.openTab('Metadata')
    await dataset.fill('title', 'Benches (wrong)') // back as loaded: nothing unsaved
    await dataset.openTab('History')
    await restore.click()
    const confirm = page.getByRole('group', { name: /^Confirm: Put the dataset back/ })
    await page.keyboard.press('Escape') // Escape takes the question back, nothing happens
    await confirm.waitFor({ state: 'detached' })
    await restore.click()
    await confirm.getByRole('button', { name: 'Restore' }).click()
    await page.locator('.toast', { hasText: 'Restored the version of' }).waitFor()
    await page.locator('h1', { hasText: 'Park benches' }).waitFor()
    const shown = (await app.api('package_show', { id: 'benches' })).result
    expect(shown).toMatchObject({ title: 'Park benches', notes: 'Every bench in the parks.', tags: [expect.objectContaining({ name: 'seating' })] })
    // The restore is an entry of its own; the version it replaced stays listed.
    await expect.poll(() => page.locator('.history-entry').count()).toBe(3)
    expect(await page.getByRole('button', { name: /^Restore the version of/ }).count()).toBe(2)
  })

  it("moves between a dataset's tabs with the arrow keys, as a tab strip should", async () => {
    const page = session.page
    await page.goto(`${serve.url}/#/dataset/trees`)
    const tab = (name: RegExp) => page.getByRole('tab', { name })
    await tab(/^Metadata/).click()
    await page.keyboard.press('ArrowRight')
    expect(await tab(/^Resources/).getAttribute('aria-selected')).toBe('true')
    expect(await page.locator(':focus').innerText()).toMatch(/^Resources/)
    await page.keyboard.press('End')
    expect(await tab(/^History/).getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('ArrowRight') // wraps
    expect(await tab(/^Metadata/).getAttribute('aria-selected')).toBe('true')
    expect(await tab(/^History/).getAttribute('tabindex')).toBe('-1') // Tab leaves the strip from the selected tab
  })

  it('signs a browser in with a user name and password', async () => {
    const other = await launch()
    try {
      const page = other.page
      await page.goto(serve.url)
      await page.getByLabel('User name').fill('curator')
      await page.getByLabel('Password').fill('not the password')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.locator('.signin .banner-error').waitFor()
      await screenshot(page, 'screens-4-signin')
      await page.getByLabel('Password').fill('a long password')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.locator('.nav-user', { hasText: 'curator' }).waitFor()
      const cookies = await other.context.cookies()
      expect(cookies.find((c) => c.name === 'shelfmark_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' })
    } finally {
      await other.close()
    }
  })
})
