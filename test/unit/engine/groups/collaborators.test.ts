/**
 * organization_show's datasets with dataset collaborators on: group_dictize
 * then searches private datasets too, and the caller's labels decide, so a
 * collaborator who is no member sees the private datasets they collaborate on.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'
import { seedDataset } from './seed.ts'

let t: TestEngine
afterEach(() => t?.close())

function orgWithDatasets(): { shared: string } {
  const org = t.call('organization_create', t.sysadmin, { name: 'org1' })
  seedDataset(t, { name: 'open', ownerOrg: org.id })
  seedDataset(t, { name: 'closed', ownerOrg: org.id, private: true })
  const shared = seedDataset(t, { name: 'shared', ownerOrg: org.id, private: true })
  return { shared }
}

describe('organization_show for a dataset collaborator', () => {
  it('counts and lists the private datasets they collaborate on, and no others', () => {
    t = testEngine({ config: { allowDatasetCollaborators: true } })
    const { shared } = orgWithDatasets()
    const collab = t.user('collab')
    t.call('package_collaborator_create', t.sysadmin, { id: shared, user_id: 'collab', capacity: 'member' })
    const dict = t.call('organization_show', collab, { id: 'org1', include_datasets: true })
    expect(dict.package_count).toBe(2)
    expect(dict.packages.map((p: any) => p.name).sort()).toEqual(['open', 'shared'])
    expect(t.call('organization_show', t.user('other'), { id: 'org1' }).package_count).toBe(1)
    expect(t.call('organization_show', t.sysadmin, { id: 'org1' }).package_count).toBe(3)
  })

  it('counts public datasets only while collaborators are off', () => {
    t = testEngine()
    orgWithDatasets()
    expect(t.call('organization_show', t.user('collab'), { id: 'org1', include_datasets: true })).toMatchObject({
      package_count: 1,
      packages: [{ name: 'open' }],
    })
  })
})
