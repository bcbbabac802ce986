/**
 * CKAN's ckan/tests/logic/test_logic.py, the parts a client sees through the
 * Action API: unknown object types, who passes check_access, and status_show
 * called without parameters. (tuplize_dict and fresh_context are internals.)
 */
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => t?.close())

describe("CKAN's test_logic.py", () => {
  it('test_model_name_to_class: an unknown object type is a Validation Error', () => {
    t = testEngine()
    t.call('group_create', t.sysadmin, { name: 'topic' })
    const params = { id: 'topic', object: 'x', object_type: 'inexistent_model_name', capacity: 'public' }
    expect(t.failure('member_create', t.sysadmin, params).__type).toBe('Validation Error')
  })

  it('test_check_access_auth_user_obj_is_not_set: anyone may search', () => {
    t = testEngine()
    expect(t.call('package_search', t.anonymous, {}).count).toBe(0)
  })

  it('test_check_access_auth_user_obj_is_set: a user outside any organization may create (unowned datasets on, as in CKAN\'s test config)', () => {
    t = testEngine({ config: { createUnownedDataset: true } })
    const user = t.user('someone')
    expect(t.call('package_create', user, { name: 'mine' }).name).toBe('mine')
  })

  it('test_check_access_auth_user_for_different_objects: another organization\'s private dataset is refused', () => {
    t = testEngine()
    const user1 = t.user('user1')
    const user2 = t.user('user2')
    t.call('organization_create', user1, { name: 'org1' })
    t.call('organization_create', user2, { name: 'org2' })
    const mine = t.call('package_create', user1, { name: 'd1', owner_org: 'org1', private: true })
    const theirs = t.call('package_create', user2, { name: 'd2', owner_org: 'org2', private: true })
    expect(t.call('package_show', user1, { id: mine.id }).id).toBe(mine.id)
    expect(t.failure('package_show', user1, { id: theirs.id }).__type).toBe('Authorization Error')
  })

  it('test_get_action_optional_params: status_show needs no parameters', () => {
    t = testEngine()
    expect(t.call('status_show', t.anonymous)).toHaveProperty('ckan_version')
  })
})
