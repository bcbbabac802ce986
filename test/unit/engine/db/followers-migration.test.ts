import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../electron/engine/db/open.ts'
import { catalogBefore } from '../../../helpers/older-catalog.ts'

describe('the followers and dashboards tables (migration 0012)', () => {
  it('starts an older catalog with no followers, and its rows go with a purged user, dataset or group', () => {
    const db = catalogBefore(12)
    db.prepare("INSERT INTO users (id, name, created) VALUES ('u1', 'one', '2024-01-01T00:00:00'), ('u2', 'two', '2024-01-01T00:00:00')").run()
    db.prepare("INSERT INTO packages (id, name, metadata_created, metadata_modified, data) VALUES ('p1', 'data', 'x', 'x', '{}')").run()
    db.prepare("INSERT INTO groups (id, name, type, is_organization, created) VALUES ('g1', 'grp', 'group', 0, 'x')").run()

    migrate(db)

    for (const table of ['user_following_user', 'user_following_dataset', 'user_following_group', 'dashboards']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 })
    }
    db.prepare("INSERT INTO user_following_user VALUES ('u1', 'u2', 'now')").run()
    db.prepare("INSERT INTO user_following_dataset VALUES ('u1', 'p1', 'now')").run()
    db.prepare("INSERT INTO user_following_group VALUES ('u1', 'g1', 'now')").run()
    db.prepare("INSERT INTO dashboards VALUES ('u1', 'now')").run()
    expect(() => db.prepare("INSERT INTO user_following_dataset VALUES ('u1', 'p1', 'later')").run()).toThrow(/UNIQUE|PRIMARY/)
    db.prepare("DELETE FROM packages WHERE id = 'p1'").run()
    db.prepare("DELETE FROM groups WHERE id = 'g1'").run()
    db.prepare("DELETE FROM users WHERE id = 'u2'").run()
    expect(db.prepare('SELECT (SELECT count(*) FROM user_following_user) + (SELECT count(*) FROM user_following_dataset) + (SELECT count(*) FROM user_following_group) AS n').get()).toEqual({ n: 0 })
    db.prepare("DELETE FROM users WHERE id = 'u1'").run()
    expect(db.prepare('SELECT count(*) AS n FROM dashboards').get()).toEqual({ n: 0 })
    db.close()
  })
})
