/**
 * Web mode, end to end, against a second `serve` on loopback as the remote
 * portal: connect it (checked), pull one organization, edit offline,
 * preview the push diff, push; then a conflicting edit on both sides,
 * resolved side by side in the UI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launch, screenshot, type Session } from './browser.ts'
import { AppPage } from './pages/app-page.ts'
import { DatasetPage } from './pages/dataset-page.ts'
import { remoteApi, type RemoteApi } from './remote-api.ts'
import { startServe, type ServeProcess } from './serve-process.ts'

describe.skipIf(!hasChromium)('sync with a remote portal', () => {
  let local: ServeProcess
  let remote: ServeProcess
  let portal: RemoteApi
  let session: Session
  let app: AppPage
  let dataset: DatasetPage

  beforeAll(async () => {
    ;[local, remote] = await Promise.all([startServe(), startServe()])
    portal = await remoteApi(remote.url, remote.signInLink)
    for (const org of ['water-board', 'transport-dept']) expect((await portal.call('organization_create', { name: org, title: org })).success).toBe(true)
    const datasets = [
      { name: 'river-levels', title: 'River levels', owner_org: 'water-board', notes: 'Hourly levels.', tags: [{ name: 'water' }] },
      { name: 'lake-quality', title: 'Lake quality', owner_org: 'water-board', notes: 'Monthly samples.' },
      { name: 'bus-stops', title: 'Bus stops', owner_org: 'transport-dept' },
    ]
    for (const d of datasets) expect((await portal.call('package_create', d)).success).toBe(true)
    session = await launch()
    app = new AppPage(session.page)
    dataset = new DatasetPage(session.page)
    await app.signInWithLink(local.signInLink)
  })

  afterAll(async () => {
    await session?.close()
    await Promise.all([local?.stop(), remote?.stop()])
  })

  it('connects a portal only after checking it', async () => {
    const page = session.page
    await app.goTo('Remotes & sync')
    await page.getByRole('button', { name: 'Connect a portal' }).click()
    await page.locator('[data-field="url"] input').fill(remote.url)
    await page.locator('[data-field="name"] input').fill('upstream')
    await page.locator('[data-field="token"] input').fill('not-a-valid-token')
    await page.getByRole('button', { name: 'Check and connect' }).click()
    await page.locator('.banner-error').waitFor() // a bad token: not kept
    expect((await app.api('shelfmark_remote_list')).result).toEqual([])

    await page.locator('[data-field="token"] input').fill(portal.token)
    await page.getByRole('button', { name: 'Check and connect' }).click()
    const card = page.locator('.remote-card[data-remote="upstream"]')
    await card.waitFor()
    await expect.poll(() => card.innerText()).toContain('default')
    await screenshot(page, 'sync-1-connected')
  })

  it('pulls one organization', async () => {
    const page = session.page
    const card = page.locator('.remote-card[data-remote="upstream"]')
    await card.getByRole('button', { name: 'Pull…' }).click()
    await card.getByLabel('Only these organizations').check()
    await card.getByLabel('Organization names').fill('water-board')
    await card.getByRole('button', { name: 'Start pull' }).click()
    await page.locator('.job[data-kind="pull"][data-state="done"]').waitFor({ timeout: 60_000 })
    await screenshot(page, 'sync-2-pulled')
    const names = (await app.api('package_list')).result
    expect(names.sort()).toEqual(['lake-quality', 'river-levels'])
  })

  it('previews the push diff of an offline edit, then pushes it', async () => {
    const page = session.page
    await page.goto(`${local.url}/#/dataset/river-levels`)
    await dataset.fill('title', 'River levels (hourly)')
    await page.keyboard.press('Control+s')
    await page.locator('.unsaved').waitFor({ state: 'detached' })

    await app.goTo('Remotes & sync')
    await page.locator('.local-changes tr[data-change="modified"]', { hasText: 'river-levels' }).waitFor()
    await page.locator('.remote-card[data-remote="upstream"]').getByRole('button', { name: 'Review & push…' }).click()
    const item = page.locator('.plan-item[data-dataset="river-levels"]')
    await item.waitFor()
    expect(await item.getAttribute('data-action')).toBe('update')
    const row = item.locator('tr', { hasText: 'title' })
    expect(await row.locator('.before').innerText()).toBe('River levels')
    expect(await row.locator('.after').innerText()).toBe('River levels (hourly)')
    expect((await portal.call('package_show', { id: 'river-levels' })).result.title).toBe('River levels') // dry run sent nothing
    await screenshot(page, 'sync-3-push-preview')

    await page.getByRole('button', { name: 'Push now' }).click()
    await page.locator('.job[data-kind="push"][data-state="done"]').waitFor({ timeout: 60_000 })
    expect((await portal.call('package_show', { id: 'river-levels' })).result.title).toBe('River levels (hourly)')
  })

  it('shows a conflicting edit side by side and resolves it as the user chooses', async () => {
    const page = session.page
    expect((await portal.call('package_patch', { id: 'lake-quality', notes: 'Weekly samples (remote).' })).success).toBe(true)
    await page.goto(`${local.url}/#/dataset/lake-quality`)
    await dataset.fill('notes', 'Fortnightly samples (local).')
    await page.keyboard.press('Control+s')
    await page.locator('.unsaved').waitFor({ state: 'detached' })

    await app.goTo('Remotes & sync')
    const card = page.locator('.remote-card[data-remote="upstream"]')
    await card.getByRole('button', { name: 'Pull…' }).click()
    await card.getByRole('button', { name: 'Start pull' }).click()
    const conflict = page.locator('.conflict-card[data-dataset="lake-quality"]')
    await conflict.waitFor({ timeout: 60_000 })
    const row = conflict.locator('tr[data-path="notes"]')
    expect(await row.innerText()).toContain('Fortnightly samples (local).')
    expect(await row.innerText()).toContain('Weekly samples (remote).')
    await screenshot(page, 'sync-4-conflict')

    await row.getByLabel('Edit').check()
    await row.getByLabel('Your value for notes').fill('Weekly samples, checked locally.')
    await conflict.getByRole('button', { name: 'Resolve' }).click()
    await conflict.waitFor({ state: 'detached' })
    expect((await app.api('package_show', { id: 'lake-quality' })).result.notes).toBe('Weekly samples, checked locally.')
    expect((await portal.call('package_show', { id: 'lake-quality' })).result.notes).toBe('Weekly samples (remote).') // untouched until pushed
  })

  // Last: it revokes the token the other tests call the portal with.
  it('says when the portal stopped accepting the token, and replaces it in place', async () => {
    const page = session.page
    const renewed = (await portal.call('api_token_create', { user: 'default', name: 'renewed' })).result.token as string
    expect((await portal.call('package_create', { name: 'staff-only', owner_org: 'water-board', private: true })).success).toBe(true)
    await app.goTo('Remotes & sync')
    const card = page.locator('.remote-card[data-remote="upstream"]')
    const pulls = page.locator('.job[data-kind="pull"][data-state="done"]')
    const pullWaterBoard = async () => {
      const before = await pulls.count()
      await card.getByRole('button', { name: 'Pull…' }).click()
      await card.getByLabel('Only these organizations').check()
      await card.getByLabel('Organization names').fill('water-board')
      await card.getByRole('button', { name: 'Start pull' }).click()
      await expect.poll(() => pulls.count(), { timeout: 60_000 }).toBe(before + 1)
    }
    await pullWaterBoard()
    expect((await app.api('package_show', { id: 'staff-only' })).result.private).toBe(true)

    const tokens = (await portal.call('api_token_list', { user_id: 'default' })).result as { id: string; name: string }[]
    for (const { id } of tokens.filter((t) => t.name === 'e2e')) expect((await portal.call('api_token_revoke', { jti: id })).success).toBe(true)

    // The portal now answers as to anonymous: its private dataset is out of sight, not deleted.
    await pullWaterBoard()
    const notes = page.locator('.job[data-kind="pull"] .job-notes', { hasText: '1 note' }).first()
    await notes.locator('summary').click()
    expect(await notes.innerText()).toContain('staff-only: not visible to this token')
    expect((await app.api('package_show', { id: 'staff-only' })).result.state).toBe('active')

    await card.getByRole('button', { name: 'Check' }).click()
    const failed = page.locator('.job[data-kind="check"][data-state="failed"]')
    await failed.waitFor({ timeout: 30_000 })
    expect(await failed.innerText()).toContain('as anonymous')

    await card.getByRole('button', { name: 'Replace token…' }).click()
    await card.getByLabel('New API token').fill(renewed)
    await card.getByRole('button', { name: 'Replace and check' }).click()
    await card.getByLabel('New API token').waitFor({ state: 'detached', timeout: 30_000 })
    await expect.poll(() => card.innerText()).toContain('Signed in as\ndefault')
    // The links stayed: the datasets pulled before are still tied to the portal.
    expect((await app.api('shelfmark_status', {})).result.changes.filter((c: { change: string }) => c.change === 'new')).toEqual([])
  })
})
