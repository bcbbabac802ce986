import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { catalogWithActivity } from './activity-fixtures.ts'

// Python's own json.dumps + difflib output for two versions of a dataset (../../activity/fixtures/make-difflib-cases.py).
const { package: versions } = JSON.parse(
  readFileSync(new URL('../../activity/fixtures/difflib-cases.json', import.meta.url), 'utf8'),
) as { package: { before: object; after: object; unified: string; context: string } }

// Python's HtmlDiff table for two versions of a real dataset, made as CKAN makes it (../../activity/fixtures/make-html-diff-cases.py).
const {
  datasets: [real],
} = JSON.parse(readFileSync(new URL('../../activity/fixtures/html-diff-cases.json', import.meta.url), 'utf8')) as {
  datasets: { before: object; after: object; table: string; table_number: number }[]
}

/** Two hand-made activities of the open dataset holding two versions of it. */
function twoVersions(before = versions.before, after = versions.after) {
  const setup = catalogWithActivity()
  const { t, open } = setup
  const made = (pkg: object) =>
    t.call('activity_create', t.sysadmin, { user_id: 'editor', object_id: open.id, activity_type: 'changed package', data: { package: pkg } })
  return { ...setup, first: made(before), second: made(after) }
}

/** The number in a table's anchor prefixes ("from3_", "to3_"). */
const tableNumber = (table: string) => Number(/id="difflib_chg_to(\d+)__top"/.exec(table)![1])

/** A table as it reads with another anchor-prefix number. */
function renumbered(table: string, from: number, to: number): string {
  return table
    .replaceAll(`id="from${from}_`, `id="from${to}_`)
    .replaceAll(`id="to${from}_`, `id="to${to}_`)
    .replaceAll(`difflib_chg_to${from}_`, `difflib_chg_to${to}_`)
}

describe('activity_diff', () => {
  it('writes the unified diff Python writes, with the two activities', () => {
    const { t, first, second } = twoVersions()
    expect(t.call('activity_diff', t.sysadmin, { id: second.id, object_type: 'package' })).toEqual({
      diff: versions.unified,
      activities: [first, second],
    })
    t.close()
  })

  it('writes the context diff Python writes', () => {
    const { t, second } = twoVersions()
    expect(t.call('activity_diff', t.sysadmin, { id: second.id, object_type: 'package', diff_type: 'context' }).diff).toBe(versions.context)
    t.close()
  })

  it('writes the HTML table Python\'s HtmlDiff writes, each table numbered after the one before', () => {
    const { t, second } = twoVersions(real.before, real.after)
    const params = { id: second.id, object_type: 'package', diff_type: 'html' }
    const { diff } = t.call('activity_diff', t.sysadmin, params)
    expect(diff).toBe(renumbered(real.table, real.table_number, tableNumber(diff)))
    expect(diff).toContain('<span class="diff_add">')
    expect(tableNumber(t.call('activity_diff', t.sysadmin, params).diff)).toBe(tableNumber(diff) + 1)
    t.close()
  })

  it('compares a dataset edit with the activity before it', () => {
    const { t, editor } = catalogWithActivity()
    const [latest, previous] = t.call('package_activity_list', t.sysadmin, { id: 'open-data', limit: 2 })
    const result = t.call('activity_diff', editor, { id: latest.id, object_type: 'package' })
    expect(result.activities).toEqual([previous, latest])
    expect(result.diff).toContain('\n-  "notes": "first edit",\n+  "notes": "second edit",')
    expect(result.diff.startsWith('--- \n\n+++ \n\n@@ -')).toBe(true)
    t.close()
  })

  it('answers an empty diff when nothing changed', () => {
    const { t, open } = catalogWithActivity()
    const data = { package: { name: 'same' } }
    t.call('activity_create', t.sysadmin, { user_id: 'admin', object_id: open.id, activity_type: 'changed package', data })
    const again = t.call('activity_create', t.sysadmin, { user_id: 'admin', object_id: open.id, activity_type: 'changed package', data })
    expect(t.call('activity_diff', t.sysadmin, { id: again.id, object_type: 'package' }).diff).toBe('')
    t.close()
  })

  it('requires id, then object_type, before anything else', () => {
    const { t } = catalogWithActivity()
    expect(t.failure('activity_diff', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    expect(t.failure('activity_diff', t.anonymous, { id: 'x' })).toEqual({ __type: 'Validation Error', object_type: ['Missing value'] })
    expect(t.failure('activity_diff', t.anonymous, { id: '', object_type: 'package' })).toEqual({
      __type: 'Validation Error',
      message: 'Missing id, can not get Activity object',
    })
    expect(t.failure('activity_diff', t.sysadmin, { id: 'nope', object_type: 'package' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.close()
  })

  it('needs the right to edit the dataset, as CKAN\'s include_data auth does', () => {
    const { t, member, outsider, editor, open } = catalogWithActivity()
    const [latest] = t.call('package_activity_list', t.sysadmin, { id: 'open-data', limit: 1 })
    expect(t.failure('activity_diff', member, { id: latest.id, object_type: 'package' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User member not authorized to edit package ${open.id}`,
    })
    expect(t.failure('activity_diff', t.anonymous, { id: latest.id, object_type: 'package' }).message).toBe(
      `Access denied: User  not authorized to edit package ${open.id}`,
    )
    const [hidden] = t.call('package_activity_list', t.sysadmin, { id: 'secret-data', limit: 1 })
    expect(t.failure('activity_diff', outsider, { id: hidden.id, object_type: 'package' }).message).toBe('Access denied: Unauthorized to view activity data')
    expect(t.call('activity_diff', editor, { id: hidden.id, object_type: 'package' }).diff).toContain('hidden edit')
    t.close()
  })

  it('answers CKAN\'s 404s and 409s', () => {
    const { t } = catalogWithActivity()
    const list = t.call('package_activity_list', t.sysadmin, { id: 'open-data' })
    const [latest, first] = [list[0], list[list.length - 1]]
    expect(first.activity_type).toBe('new package')
    expect(t.failure('activity_diff', t.sysadmin, { id: first.id, object_type: 'package' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Previous activity for this object not found',
    })
    expect(t.failure('activity_diff', t.sysadmin, { id: latest.id, object_type: 'group' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Could not find object in the activity data',
    })
    expect(t.failure('activity_diff', t.sysadmin, { id: latest.id, object_type: 'package', diff_type: 'side-by-side' })).toEqual({
      __type: 'Validation Error',
      message: 'diff_type not recognized',
    })
    expect(t.failure('activity_diff', t.sysadmin, { id: latest.id, object_type: 'package', diff_type: null }).message).toBe('diff_type not recognized')
    // The object comes first: an unknown diff_type after a missing previous activity is still a 404.
    expect(t.failure('activity_diff', t.sysadmin, { id: first.id, object_type: 'package', diff_type: 'x' }).__type).toBe('Not Found Error')
    t.close()
  })
})
