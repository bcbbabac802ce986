import { describe, expect, it } from 'vitest'
import { sql } from '../../../../electron/engine/db/statements.ts'
import { refreshPackageTags } from '../../../../electron/engine/packages/refresh-tags.ts'
import { catalog } from '../actions/package/catalog.ts'

describe('refreshPackageTags', () => {
  it('rewrites the stored tags of a dataset after its tag rows changed', () => {
    const t = catalog()
    const created = t.call('package_create', t.sysadmin, {
      name: 'tagged', owner_org: 'rec-org-ac8697', tags: [{ name: 'keep' }, { name: 'drop' }],
    })
    const dropped = created.tags.find((tag: any) => tag.name === 'drop')
    sql(t.engine.db, 'DELETE FROM package_tags WHERE tag_id = ?').run(dropped.id)
    t.engine.db.transaction(() => refreshPackageTags({ db: t.engine.db, config: t.engine.config } as never, [created.id]))()
    const shown = t.call('package_show', t.anonymous, { id: created.id })
    expect(shown.tags.map((tag: any) => tag.name)).toEqual(['keep'])
    expect(shown.num_tags).toBe(1)
    t.close()
  })
})
