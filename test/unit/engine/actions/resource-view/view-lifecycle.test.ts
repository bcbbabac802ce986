import { describe, expect, it } from 'vitest'
import { catalogWithViews } from './view-fixtures.ts'

describe('views follow their resource', () => {
  it('a deleted resource keeps its views until the dataset\'s next update purges it, as in CKAN', () => {
    const { t, open, png } = catalogWithViews()
    const [view] = t.call('resource_view_list', t.sysadmin, { id: png(open) })
    t.call('resource_delete', t.sysadmin, { id: png(open) })
    expect(t.call('resource_view_list', t.sysadmin, { id: png(open) })).toHaveLength(1)
    t.call('package_patch', t.sysadmin, { id: open.id, notes: 'later' })
    expect(t.failure('resource_view_list', t.sysadmin, { id: png(open) })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('resource_view_show', t.sysadmin, { id: view.id }).__type).toBe('Not Found Error')
    t.close()
  })

  it('a resource left out of package_update loses its views at the following update; brought back with its id, it keeps them', () => {
    const { t, open, csv, png } = catalogWithViews()
    const [view] = t.call('resource_view_list', t.sysadmin, { id: png(open) })
    const shown = t.call('package_show', t.sysadmin, { id: open.id })
    t.call('package_update', t.sysadmin, { ...shown, resources: [shown.resources[0]] })
    t.call('package_update', t.sysadmin, { ...shown, resources: shown.resources })
    expect(t.call('resource_view_show', t.sysadmin, { id: view.id }).resource_id).toBe(png(open))
    t.call('package_update', t.sysadmin, { ...shown, resources: [shown.resources[0]] })
    t.call('package_update', t.sysadmin, { ...shown, resources: [shown.resources[0]] })
    expect(t.failure('resource_view_show', t.sysadmin, { id: view.id }).__type).toBe('Not Found Error')
    expect(t.call('resource_view_list', t.sysadmin, { id: csv(open) })).toEqual([])
    t.close()
  })

  it('dataset_purge takes its resources\' views', () => {
    const { t, open, png } = catalogWithViews()
    const [view] = t.call('resource_view_list', t.sysadmin, { id: png(open) })
    t.call('dataset_purge', t.sysadmin, { id: open.id })
    expect(t.failure('resource_view_show', t.sysadmin, { id: view.id }).__type).toBe('Not Found Error')
    expect(t.engine.db.prepare('SELECT count(*) AS n FROM resource_views').get()).toEqual({ n: 1 }) // the private dataset's
    t.close()
  })
})
