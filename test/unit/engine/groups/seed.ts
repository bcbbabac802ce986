/**
 * Datasets for the group tests, written straight into the packages table so
 * these tests do not depend on package_create: a row with the stored dict.
 */
import { sql } from '../../../../electron/engine/db/statements.ts'
import { ckanNow, newId } from '../../../../electron/engine/time.ts'
import type { TestEngine } from '../../../helpers/test-engine.ts'

export type SeedDataset = { name: string; ownerOrg?: string | null; private?: boolean; state?: string; creator?: string }

/** Inserts a dataset row and returns its id. */
export function seedDataset(t: TestEngine, dataset: SeedDataset): string {
  const id = newId()
  const now = ckanNow()
  const dict = {
    author: null,
    author_email: null,
    creator_user_id: dataset.creator ?? t.sysadmin.user!.id,
    extras: [],
    id,
    isopen: false,
    license_id: null,
    license_title: null,
    maintainer: null,
    maintainer_email: null,
    metadata_created: now,
    metadata_modified: now,
    name: dataset.name,
    notes: null,
    num_resources: 0,
    num_tags: 0,
    owner_org: dataset.ownerOrg ?? null,
    private: dataset.private ?? false,
    relationships_as_object: [],
    relationships_as_subject: [],
    resources: [],
    state: dataset.state ?? 'active',
    tags: [],
    title: dataset.name,
    type: 'dataset',
    url: null,
    version: null,
  }
  sql(
    t.engine.db,
    `INSERT INTO packages (id, name, title, type, state, private, owner_org, creator_user_id, metadata_created, metadata_modified, data)
     VALUES (?, ?, ?, 'dataset', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, dataset.name, dataset.name, dict.state, dict.private ? 1 : 0, dict.owner_org, dict.creator_user_id, now, now, JSON.stringify(dict))
  return id
}

/** The path of the shared fixtures folder, or null when it is absent. */
export const exchangesDir = new URL('../../../../../shared/fixtures/ckan-2.10-exchanges/', import.meta.url)
