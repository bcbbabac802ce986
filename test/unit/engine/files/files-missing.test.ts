/** shelfmark_files_missing: uploads whose file is not on this disk (a dataset pulled or loaded without its files). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createResourceFromFile } from '../../../../electron/engine/files/resource-from-file.ts'
import { ActionError } from '../../../../electron/engine/errors.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

let t: TestEngine
let source: string
beforeEach(() => {
  t = testEngine({ onDisk: true })
  source = mkdtempSync(join(tmpdir(), 'shelfmark-missing-'))
  t.call('organization_create', t.sysadmin, { name: 'portal-org' })
})
afterEach(() => {
  t.close()
  rmSync(source, { recursive: true, force: true })
})

it('lists the uploads without a stored file, and leaves links and stored files out', async () => {
  const dataset = t.call('package_create', t.sysadmin, {
    name: 'pulled',
    owner_org: 'portal-org',
    private: true,
    resources: [
      // As a portal's dict brings it: an upload whose file stayed on the portal.
      { name: 'From the portal', url: 'https://data.example.org/dataset/x/resource/y/download/table.csv', url_type: 'upload' },
      { name: 'A link', url: 'https://example.org/data.csv' },
    ],
  })
  const path = join(source, 'here.csv')
  writeFileSync(path, 'a,b\n1,2\n')
  const stored = (await createResourceFromFile(t.engine, t.sysadmin, { package_id: dataset.id, path })) as { id: string }
  const missing = t.call('shelfmark_files_missing', t.sysadmin, { id: 'pulled' })
  expect(missing).toEqual([dataset.resources[0].id])
  expect(missing).not.toContain(stored.id)

  // As a download does, it answers only to those who may read the dataset.
  let refused: unknown
  try {
    t.call('shelfmark_files_missing', t.anonymous, { id: 'pulled' })
  } catch (error) {
    refused = error
  }
  expect(refused).toBeInstanceOf(ActionError)
  expect((refused as ActionError).body()).toMatchObject({ __type: 'Authorization Error' })
})
