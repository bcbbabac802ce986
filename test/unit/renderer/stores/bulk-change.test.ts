/**
 * Selecting in the catalog list and changing the selection at once, against
 * a real engine: one bulk call per organization, refusals and datasets
 * without an organization reported and left selected, rows re-read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setTransport } from '../../../../renderer/lib/transport.ts'
import { applyBulkChange } from '../../../../renderer/stores/bulk-change.ts'
import { resetCatalog, setQuery, setSort, toggleFacet, useCatalogStore } from '../../../../renderer/stores/catalog.ts'
import {
  clearSelection,
  initialSelection,
  selectAllLoaded,
  selectRangeTo,
  toggleSelected,
  useSelectionStore,
} from '../../../../renderer/stores/selection.ts'
import { useToastStore } from '../../../../renderer/stores/toasts.ts'
import type { DatasetSummary } from '../../../../shared/actions.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'
import { engineTransport } from '../engine-transport.ts'

let t: TestEngine

beforeEach(async () => {
  t = testEngine({ config: { createUnownedDataset: true } })
  t.call('organization_create', t.sysadmin, { name: 'parks', title: 'Parks Department' })
  t.call('organization_create', t.sysadmin, { name: 'roads', title: 'Roads Agency' })
  t.user('curator')
  t.call('organization_member_create', t.sysadmin, { id: 'parks', username: 'curator', role: 'admin' })
  for (const name of ['park-a', 'park-b', 'park-c']) t.call('package_create', t.sysadmin, { name, owner_org: 'parks' })
  t.call('package_create', t.sysadmin, { name: 'road-a', owner_org: 'roads' })
  t.call('package_create', t.sysadmin, { name: 'loose', title: 'Loose ends' }) // no organization
  setTransport(engineTransport(t.engine, t.engine.asUser('curator')))
  await setSort('name asc') // searches
})

afterEach(() => {
  setTransport(null)
  resetCatalog()
  useSelectionStore.setState(initialSelection, true)
  useToastStore.setState({ toasts: [] })
  t.close()
})

const rows = () => useCatalogStore.getState().rows as DatasetSummary[]
const row = (name: string) => rows().find((r) => r?.name === name)!
const selectedNames = () => [...useSelectionStore.getState().selected.values()].map((d) => d.name).sort()
const lastToast = () => useToastStore.getState().toasts.at(-1)

describe('selecting rows', () => {
  it('toggles, and Shift selects the range from the row toggled last', () => {
    expect(rows().map((r) => r.name)).toEqual(['loose', 'park-a', 'park-b', 'park-c', 'road-a'])
    toggleSelected(row('park-a'))
    toggleSelected(row('park-c'))
    toggleSelected(row('park-c'))
    expect(selectedNames()).toEqual(['park-a'])
    selectRangeTo(4) // from park-c, toggled last (on, then off)
    expect(selectedNames()).toEqual(['park-a', 'park-c', 'road-a'])
    selectRangeTo(0) // from road-a, where the range ended
    expect(selectedNames()).toEqual(['loose', 'park-a', 'park-b', 'park-c', 'road-a'])
  })

  it('selects every loaded row, and starts again when the search text or filters change, not the sort', async () => {
    selectAllLoaded()
    expect(useSelectionStore.getState().selected.size).toBe(5)
    await setSort('name desc')
    expect(useSelectionStore.getState().selected.size).toBe(5)
    await setQuery('park')
    expect(useSelectionStore.getState().selected.size).toBe(0)
    selectAllLoaded()
    expect(selectedNames()).toEqual(['park-a', 'park-b', 'park-c'])
    await toggleFacet('organization', 'parks')
    expect(useSelectionStore.getState().selected.size).toBe(0)
  })
})

describe('applyBulkChange', () => {
  it("changes the organization the user administers, reports the one that refused and the dataset without one, and keeps those selected", async () => {
    selectAllLoaded()
    await applyBulkChange('private')
    expect(lastToast()).toMatchObject({
      kind: 'error',
      text: '3 datasets made private; 1 dataset not changed: not an admin of Roads Agency; 1 dataset skipped: no organization',
    })
    expect(t.call('package_show', t.sysadmin, { id: 'park-b' }).private).toBe(true)
    expect(t.call('package_show', t.sysadmin, { id: 'road-a' }).private).toBe(false)
    expect(rows().filter((r) => r.private).map((r) => r.name)).toEqual(['park-a', 'park-b', 'park-c']) // re-read
    expect(selectedNames()).toEqual(['loose', 'road-a'])
    expect(useSelectionStore.getState().working).toBeNull()
  })

  it('deletes, and the deleted rows leave the list', async () => {
    toggleSelected(row('park-a'))
    toggleSelected(row('park-b'))
    await applyBulkChange('delete')
    expect(lastToast()).toMatchObject({ kind: 'info', text: '2 datasets deleted' })
    expect(t.call('package_show', t.sysadmin, { id: 'park-a' }).state).toBe('deleted')
    expect(rows().map((r) => r.name)).toEqual(['loose', 'park-c', 'road-a'])
    expect(useSelectionStore.getState().selected.size).toBe(0)
  })

  it('is marked as working while it runs, and a second change meanwhile does nothing', async () => {
    toggleSelected(row('park-a'))
    const first = applyBulkChange('private')
    expect(useSelectionStore.getState().working).toBe('private')
    await applyBulkChange('delete')
    await first
    expect(t.call('package_show', t.sysadmin, { id: 'park-a' })).toMatchObject({ private: true, state: 'active' })
    expect(useToastStore.getState().toasts.map((toast) => toast.text)).toEqual(['1 dataset made private'])
  })

  it('does nothing with nothing selected', async () => {
    clearSelection()
    await applyBulkChange('public')
    expect(useToastStore.getState().toasts).toEqual([])
  })
})
