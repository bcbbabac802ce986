import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../electron/engine/db/open.ts'
import { catalogBefore } from '../../../helpers/older-catalog.ts'

describe('the task_status and term_translation tables (migration 0015)', () => {
  it('adds both tables, empty, to an older catalog; a task status is unique per entity, task type and key', () => {
    const db = catalogBefore(15)
    migrate(db)
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(15)
    expect(db.prepare('SELECT count(*) AS n FROM task_status').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM term_translation').get()).toEqual({ n: 0 })
    const insert = db.prepare("INSERT INTO task_status (id, entity_id, entity_type, task_type, key, value) VALUES (?, 'e', 'package', 'archiver', 'status', 'ok')")
    insert.run('a')
    expect(() => insert.run('b')).toThrow(/UNIQUE/)
    expect(() => db.prepare("INSERT INTO task_status (id, entity_id, entity_type, task_type, key) VALUES ('c', 'e', 'package', 'x', 'y')").run()).toThrow(/NOT NULL/)
    db.prepare("INSERT INTO term_translation VALUES ('lake', 'See', 'de'), ('lake', 'See', 'de')").run()
    expect(db.prepare('SELECT count(*) AS n FROM term_translation').get()).toEqual({ n: 2 })
    db.close()
  })
})
