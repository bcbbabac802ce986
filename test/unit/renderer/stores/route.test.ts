import { afterEach, describe, expect, it } from 'vitest'
import { addGuard, bindLocation, cancelPending, confirmPending, initialRoute, locationChanged, navigate, parseRoute, pathOf, useRouteStore } from '../../../../renderer/stores/route.ts'

afterEach(() => useRouteStore.setState(initialRoute, true))

describe('parseRoute', () => {
  it('reads every screen and round-trips through pathOf', () => {
    for (const path of ['/', '/dataset/new', '/dataset/rivers', '/organizations', '/organization/city', '/groups', '/group/env', '/sync']) {
      expect(pathOf(parseRoute(path))).toBe(path)
    }
    expect(parseRoute('/dataset/a%20b')).toEqual({ screen: 'dataset', id: 'a b' })
    expect(parseRoute('/nowhere/x/y').screen).toBe('not-found')
  })
})

describe('navigation guards', () => {
  it('holds a navigation while a guard objects, then goes or stays as the user says', () => {
    const written: string[] = []
    bindLocation((path) => written.push(path))
    let dirty = true
    const remove = addGuard(() => dirty)
    navigate('/organizations')
    expect(useRouteStore.getState()).toMatchObject({ path: '/', pending: '/organizations' })
    cancelPending()
    expect(useRouteStore.getState().pending).toBeNull()
    navigate('/groups')
    confirmPending()
    expect(useRouteStore.getState()).toMatchObject({ path: '/groups', pending: null })
    expect(written).toEqual(['/groups'])
    dirty = false
    navigate('/sync')
    expect(useRouteStore.getState().path).toBe('/sync')
    remove()
  })

  it('puts the address back when the back button is pressed with unsaved changes', () => {
    const written: string[] = []
    bindLocation((path) => written.push(path))
    const remove = addGuard(() => true)
    locationChanged('/organizations')
    expect(written).toEqual(['/'])
    expect(useRouteStore.getState().pending).toBe('/organizations')
    remove()
  })
})
