/**
 * Web mode, end to end: drop two files onto a dataset → two resources, each
 * upload with its progress bar; download one and compare its bytes; replace
 * a file by dropping onto its resource.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, screenshot, type Session } from './browser.ts'
import { AppPage } from './pages/app-page.ts'
import { DatasetPage } from './pages/dataset-page.ts'
import type { ServeProcess } from './serve-process.ts'
import { closeStage, signedInStage } from './stage.ts'

/** Deterministic bytes, not all text, so a byte-for-byte comparison means something. */
function fileBytes(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size)
  let state = seed
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) >>> 0
    bytes[i] = state >>> 24
  }
  return bytes
}

describe.skipIf(!hasChromium)('resources from dropped files', () => {
  let serve: ServeProcess
  let session: Session
  let app: AppPage
  let dataset: DatasetPage
  let uploadsWork = false

  beforeAll(async () => {
    ;({ serve, session, app, dataset } = await signedInStage())
    expect((await app.api('organization_create', { name: 'files-org', title: 'Files Org' })).success).toBe(true)
    expect((await app.api('package_create', { name: 'dropped-files', title: 'Dropped files', owner_org: 'files-org' })).success).toBe(true)
    uploadsWork = await session.page.evaluate(async () => {
      const form = new FormData()
      form.append('package_id', 'dropped-files')
      form.append('upload', new File(['probe'], 'probe.txt'))
      const answer: any = await (await fetch('/api/3/action/resource_create', { method: 'POST', body: form })).json()
      if (answer.success) await fetch('/api/3/action/resource_delete', { method: 'POST', body: JSON.stringify({ id: answer.result.id }) })
      return answer.success && answer.result.url_type === 'upload'
    })
    if (!uploadsWork) console.warn('skipped: resource_create does not store multipart uploads yet (FileStore wiring pending)')
  })

  afterAll(async () => {
    await closeStage({ session, serve })
  })

  it('creates one resource per dropped file, with progress, and downloads the same bytes', async (ctx) => {
    if (!uploadsWork) return ctx.skip()
    const page = session.page
    const csv = fileBytes(3 * 1024 * 1024, 7)
    const json = Buffer.from(JSON.stringify({ rivers: ['Rhine', 'Danube'] }))
    await page.goto(`${serve.url}/#/dataset/dropped-files`)
    await dataset.openTab('Resources')
    await page.locator('.resources').waitFor()
    await dataset.dropFiles('.dataset-screen', [
      { name: 'measurements.csv', base64: csv.toString('base64'), type: 'text/csv' },
      { name: 'rivers.json', base64: json.toString('base64'), type: 'application/json' },
    ])
    await dataset.upload('measurements.csv').waitFor()
    await dataset.upload('rivers.json').waitFor()
    await screenshot(page, 'resources-1-uploading')
    for (const name of ['measurements.csv', 'rivers.json']) {
      await page.locator(`.upload[data-file="${name}"][data-state="done"]`).waitFor({ timeout: 30_000 })
      expect(await dataset.upload(name).locator('progress').getAttribute('value')).toBe('100')
    }
    await expect.poll(() => dataset.resourceRows().count()).toBe(2)
    await screenshot(page, 'resources-2-done')

    const stored = (await app.api('package_show', { id: 'dropped-files' })).result
    expect(stored.resources.map((r: { name: string }) => r.name).sort()).toEqual(['measurements.csv', 'rivers.json'])
    const resource = stored.resources.find((r: { name: string }) => r.name === 'measurements.csv')
    expect(resource).toMatchObject({ url_type: 'upload', size: csv.length })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`.resource-row[data-resource-id="${resource.id}"] a.resource-url`).click(),
    ])
    const downloaded = readFileSync((await download.path())!)
    expect(downloaded.equals(csv)).toBe(true)
  })

  it('replaces a resource’s file when a file is dropped onto it', async (ctx) => {
    if (!uploadsWork) return ctx.skip()
    const page = session.page
    const before = (await app.api('package_show', { id: 'dropped-files' })).result
    const target = before.resources.find((r: { name: string }) => r.name === 'rivers.json')
    const replacement = Buffer.from(JSON.stringify({ rivers: ['Rhine', 'Danube', 'Elbe', 'Oder'] }))
    await dataset.dropFiles(`.resource-row[data-resource-id="${target.id}"]`, [
      { name: 'rivers-v2.json', base64: replacement.toString('base64'), type: 'application/json' },
    ])
    await page.locator('.upload[data-file="rivers-v2.json"][data-state="done"]').waitFor({ timeout: 30_000 })
    const after = (await app.api('package_show', { id: 'dropped-files' })).result
    expect(after.resources).toHaveLength(2)
    const replaced = after.resources.find((r: { id: string }) => r.id === target.id)
    expect(replaced.size).toBe(replacement.length)
    await screenshot(page, 'resources-3-replaced')
  })

  it('reorders resources with the move buttons', async (ctx) => {
    if (!uploadsWork) return ctx.skip()
    const page = session.page
    const before = (await app.api('package_show', { id: 'dropped-files' })).result.resources.map((r: { id: string }) => r.id)
    await page.locator('.resource-row').nth(1).getByRole('button', { name: /up$/ }).click()
    await expect
      .poll(async () => (await app.api('package_show', { id: 'dropped-files' })).result.resources.map((r: { id: string }) => r.id))
      .toEqual([before[1], before[0]])
  })

  it('marks an upload whose file is not on this disk, instead of a link that would fail', async () => {
    const page = session.page
    const pulled = { url: 'https://data.example.org/dataset/x/resource/y/download/table.csv', url_type: 'upload', name: 'From the portal' }
    expect((await app.api('package_create', { name: 'pulled-without-files', owner_org: 'files-org', resources: [pulled] })).success).toBe(true)
    await page.goto(`${serve.url}/#/dataset/pulled-without-files`)
    await dataset.openTab('Resources')
    const row = page.locator('.resource-row', { hasText: 'From the portal' })
    await row.locator('.file-missing').waitFor()
    expect(await row.locator('a.resource-url').count()).toBe(0)
  })
})
