/**
 * Web mode, end to end: saving the dataset editor loses nothing it did not
 * edit. Real portal datasets keep their vocabulary tags and non-string
 * extras after a title-only save; a change another writer made meanwhile
 * survives the save, or, when it touched the same field, is not overwritten
 * without the user's say; a save with the server gone says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, screenshot, type Session } from './browser.ts'
import { AppPage } from './pages/app-page.ts'
import { DatasetPage } from './pages/dataset-page.ts'
import type { ServeProcess } from './serve-process.ts'
import { closeStage, signedInStage } from './stage.ts'
import { dataGovNonStringExtras, haveFixtures, hdxVocabularyTags, seedPortalDataset } from '../helpers/portal-datasets.ts'

if (!hasChromium) console.warn('skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)')

describe.skipIf(!hasChromium || !haveFixtures)('dataset editor safety', () => {
  let serve: ServeProcess
  let session: Session
  let app: AppPage
  let dataset: DatasetPage

  /** Calls an action over HTTP as the signed-in sysadmin; throws on failure. */
  const api = async (action: string, params: Record<string, unknown>) => {
    const answer = await app.api(action, params)
    if (!answer.success) throw new Error(`${action}: ${JSON.stringify(answer.error)}`)
    return answer.result
  }

  /** Opens a dataset and waits until its form shows the stored title. */
  const open = async (name: string) => {
    const stored = await api('package_show', { id: name })
    await session.page.goto(`${serve.url}/#/dataset/${name}`)
    await expect.poll(() => dataset.field('title').inputValue()).toBe(stored.title)
  }

  /** Changes the title in the form and clicks Save. */
  const saveTitle = async (title: string) => {
    await dataset.fill('title', title)
    await session.page.locator('.unsaved').waitFor()
    await dataset.saveButton().click()
  }

  /** A dataset dict without what a title save changes. */
  const untouched = ({ title: _title, metadata_modified: _modified, ...rest }: Record<string, unknown>) => rest

  beforeAll(async () => {
    ;({ serve, session, app, dataset } = await signedInStage())
    await seedPortalDataset(api, hdxVocabularyTags)
    await seedPortalDataset(api, dataGovNonStringExtras)
    const hdx = await api('package_show', { id: hdxVocabularyTags.name })
    await api('package_create', { name: 'lakes', title: 'Lakes', owner_org: hdx.owner_org, version: '1.0', tags: [{ name: 'water' }] })
  })

  afterAll(async () => {
    await closeStage({ session, serve })
  })

  it('keeps vocabulary tags and non-string extras exactly after a title-only save', async () => {
    for (const { name } of [hdxVocabularyTags, dataGovNonStringExtras]) {
      const before = await api('package_show', { id: name })
      await open(name)
      await saveTitle(`${before.title} (renamed)`)
      await session.page.locator('.unsaved').waitFor({ state: 'detached' })
      const after = await api('package_show', { id: name })
      expect(after.title).toBe(`${before.title} (renamed)`)
      expect(after.tags).toEqual(before.tags)
      expect(after.extras).toEqual(before.extras)
      expect(untouched(after)).toEqual(untouched(before))
    }
    const hdx = await api('package_show', { id: hdxVocabularyTags.name })
    expect(hdx.tags.every((tag: { vocabulary_id: string | null }) => tag.vocabulary_id)).toBe(true)
    const gov = await api('package_show', { id: dataGovNonStringExtras.name })
    const extras = Object.fromEntries(gov.extras.map((e: { key: string; value: unknown }) => [e.key, e.value]))
    expect(extras).toMatchObject({ bureauCode: ['025:09'], programCode: ['025:000'], source_datajson_identifier: true })
    expect(gov).toMatchObject({ author: null, url: null, version: null })
  })

  it('marks vocabulary tags, and keeps the keyboard in the tags when a chip is removed', async () => {
    await open(hdxVocabularyTags.name)
    const page = session.page
    const chips = page.locator('.tags-input .chip-vocabulary')
    await chips.first().waitFor()
    expect(await chips.count()).toBe((await api('package_show', { id: hdxVocabularyTags.name })).tags.length)
    await chips.first().getByRole('button').press('Enter')
    expect(await page.locator('.tags-input :focus').count()).toBe(1)
    // Leave the removal unsaved, for the next test to start clean.
    await page.goto(`${serve.url}/#/`)
    await page.getByRole('button', { name: 'Discard and leave' }).click()
  })

  it('keeps another writer’s change to other fields when saving the title', async () => {
    await open('lakes')
    await api('package_patch', { id: 'lakes', version: '9.9', tags: [{ name: 'water' }, { name: 'added-elsewhere' }] })
    await saveTitle('Lakes of Finland')
    await expect.poll(() => app.toast().innerText()).toContain('Changes made elsewhere since you opened it were kept')
    const after = await api('package_show', { id: 'lakes' })
    expect(after).toMatchObject({ title: 'Lakes of Finland', version: '9.9' })
    expect(after.tags.map((tag: { name: string }) => tag.name).sort()).toEqual(['added-elsewhere', 'water'])
    await expect.poll(() => dataset.field('version').inputValue()).toBe('9.9') // the fresh dataset is shown
    await screenshot(session.page, 'editor-safety-1-merged')
  })

  it('does not overwrite a field another writer changed too, and keeps what the user typed', async () => {
    const page = session.page
    await open('lakes')
    await api('package_patch', { id: 'lakes', title: 'Lakes (their edit)', version: '10' })
    await saveTitle('Lakes (my edit)')
    const notice = page.locator('.save-conflict')
    await notice.waitFor()
    expect(await notice.innerText()).toContain('changed elsewhere')
    expect(await notice.locator('[data-conflict-field="title"] .theirs').innerText()).toBe('Lakes (their edit)')
    expect((await api('package_show', { id: 'lakes' })).title).toBe('Lakes (their edit)')
    expect(await dataset.field('title').inputValue()).toBe('Lakes (my edit)')
    await page.locator('.unsaved').waitFor()
    await screenshot(page, 'editor-safety-2-conflict')

    await notice.getByRole('button', { name: 'Reload, keeping my edits' }).click()
    await expect.poll(() => dataset.field('version').inputValue()).toBe('10')
    expect(await dataset.field('title').inputValue()).toBe('Lakes (my edit)')
    expect(await notice.innerText()).toContain('Your edits are still in the form')
    await dataset.saveButton().click()
    await page.locator('.unsaved').waitFor({ state: 'detached' })
    expect(await api('package_show', { id: 'lakes' })).toMatchObject({ title: 'Lakes (my edit)', version: '10' })
    expect(await notice.count()).toBe(0)
  })

  it('says so when the save cannot reach the server, keeping the draft', async () => {
    const page = session.page
    await open('lakes')
    await dataset.fill('title', 'Lakes, offline edit')
    await serve.stop()
    await dataset.saveButton().click()
    const banner = page.locator('.save-problem[role="alert"]')
    await banner.waitFor()
    expect(await banner.innerText()).toMatch(/Could not save:.*could not be reached/)
    expect(await page.locator('.unsaved').isVisible()).toBe(true)
    expect(await dataset.field('title').inputValue()).toBe('Lakes, offline edit')
    await screenshot(page, 'editor-safety-3-unreachable')
  })
})
