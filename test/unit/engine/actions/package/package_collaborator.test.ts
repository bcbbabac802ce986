/**
 * The dataset collaborator actions as a default CKAN 2.10 answers them:
 * ckan.auth.allow_dataset_collaborators is false, so every call that passes
 * CKAN's earlier checks ends in 409 "Dataset collaborators not enabled".
 */
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

const notEnabled = { __type: 'Validation Error', message: 'Dataset collaborators not enabled' }

let t: TestEngine
afterEach(() => t.close())

/** An organization with an admin and an editor, and a dataset of it. */
function catalog() {
  t = testEngine()
  const admin = t.user('orgadmin')
  const editor = t.user('editor')
  t.user('friend')
  const org = t.call('organization_create', t.sysadmin, { name: 'rivers-org' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'orgadmin', role: 'admin' })
  t.call('organization_member_create', t.sysadmin, { id: org.id, username: 'editor', role: 'editor' })
  const pkg = t.call('package_create', t.sysadmin, { name: 'rivers', owner_org: org.id })
  return { admin, editor, pkg }
}

describe('package_collaborator_create', () => {
  it('checks the keys, then the capacity, then the caller', () => {
    const { editor, pkg } = catalog()
    expect(t.failure('package_collaborator_create', t.anonymous, {})).toEqual({
      __type: 'Validation Error',
      id: ['Missing value'],
      user_id: ['Missing value'],
      capacity: ['Missing value'],
    })
    const params = { id: 'rivers', user_id: 'friend' }
    expect(t.failure('package_collaborator_create', t.anonymous, { ...params, capacity: 'admin' })).toEqual({
      __type: 'Validation Error',
      message: 'Role must be one of "editor, member"',
    })
    expect(t.failure('package_collaborator_create', t.anonymous, { ...params, capacity: 'editor' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action package_collaborator_create requires an authenticated user',
    })
    expect(t.failure('package_collaborator_create', editor, { ...params, capacity: 'editor' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User editor not authorized to add collaborators to this dataset',
    })
    expect(pkg.name).toBe('rivers')
  })

  it('looks up the dataset and the user, then refuses: collaborators are not enabled', () => {
    const { admin } = catalog()
    expect(t.failure('package_collaborator_create', t.sysadmin, { id: 'nope', user_id: 'friend', capacity: 'member' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Dataset not found',
    })
    expect(t.failure('package_collaborator_create', t.sysadmin, { id: 'rivers', user_id: 'nobody', capacity: 'member' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: User not found',
    })
    expect(t.failure('package_collaborator_create', admin, { id: 'rivers', user_id: 'friend', capacity: 'member' })).toEqual(notEnabled)
    expect(t.failure('package_collaborator_create', t.sysadmin, { id: 'rivers', user_id: 'friend', capacity: 'editor' })).toEqual(notEnabled)
  })
})

describe('package_collaborator_delete', () => {
  it('refuses other callers, then answers not enabled before looking anything up', () => {
    const { admin, editor } = catalog()
    expect(t.failure('package_collaborator_delete', t.anonymous, { id: 'rivers' })).toEqual({ __type: 'Validation Error', user_id: ['Missing value'] })
    expect(t.failure('package_collaborator_delete', t.anonymous, { id: 'rivers', user_id: 'friend' }).message).toBe(
      'Access denied: Action package_collaborator_delete requires an authenticated user',
    )
    expect(t.failure('package_collaborator_delete', editor, { id: 'rivers', user_id: 'friend' }).message).toBe(
      'Access denied: User editor not authorized to remove collaborators from this dataset',
    )
    expect(t.failure('package_collaborator_delete', admin, { id: 'rivers', user_id: 'friend' })).toEqual(notEnabled)
    expect(t.failure('package_collaborator_delete', t.sysadmin, { id: 'nope', user_id: 'nobody' })).toEqual(notEnabled)
  })
})

describe('package_collaborator_list', () => {
  it('finds the dataset, checks the caller, then answers not enabled', () => {
    const { admin, editor } = catalog()
    expect(t.failure('package_collaborator_list', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    expect(t.failure('package_collaborator_list', t.anonymous, { id: 'nope' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Package not found',
    })
    expect(t.failure('package_collaborator_list', editor, { id: 'rivers' }).message).toBe(
      'Access denied: User editor not authorized to list collaborators from this dataset',
    )
    expect(t.failure('package_collaborator_list', admin, { id: 'rivers', capacity: 'admin' })).toEqual(notEnabled)
  })
})

describe('package_collaborator_list_for_user', () => {
  it('answers not enabled to anyone naming a user', () => {
    catalog()
    expect(t.failure('package_collaborator_list_for_user', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    expect(t.failure('package_collaborator_list_for_user', t.anonymous, { id: 'friend' })).toEqual(notEnabled)
  })
})
