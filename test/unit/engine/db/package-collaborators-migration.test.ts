import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../electron/engine/db/open.ts'
import { catalogBefore } from '../../../helpers/older-catalog.ts'

describe('the package_members table (migration 0016)', () => {
  it('adds it, empty, to an older catalog: one row per dataset and user, gone with either', () => {
    const db = catalogBefore(16)
    db.prepare("INSERT INTO users (id, name, email, sysadmin, state, created) VALUES ('u1', 'ann', 'a@example.org', 0, 'active', '2024-01-01T00:00:00')").run()
    migrate(db)
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(16)
    expect(db.prepare('SELECT count(*) AS n FROM package_members').get()).toEqual({ n: 0 })
    // A row must name a dataset that exists.
    expect(() => db.prepare("INSERT INTO package_members VALUES ('no-such', 'u1', 'member', '2024-01-01T00:00:00')").run()).toThrow(/FOREIGN KEY/)
    db.close()
  })
})
