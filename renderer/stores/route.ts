/**
 * Where the user is: a parsed hash route, and navigation that a guard
 * (unsaved changes) can hold back until the user decides.
 *
 * UI state only; the hash itself is bound in lib/hash-binding.ts.
 */
import { create } from 'zustand'

/** Every screen of the app. */
export type Route =
  | { screen: 'catalog' }
  | { screen: 'dataset'; id: string }
  | { screen: 'dataset-new' }
  | { screen: 'organizations' }
  | { screen: 'organization'; id: string }
  | { screen: 'groups' }
  | { screen: 'group'; id: string }
  | { screen: 'sync' }
  | { screen: 'signin' }
  | { screen: 'not-found'; path: string }

type RouteState = {
  path: string
  route: Route
  /** A navigation held back by a guard, waiting for the user's answer. */
  pending: string | null
}

/** A guard returns true when leaving now would lose something. */
type Guard = () => boolean

const guards = new Set<Guard>()
let writeLocation: (path: string) => void = () => {}

/** The route of a hash path such as `/dataset/rivers`. */
export function parseRoute(path: string): Route {
  const parts = path.replace(/^#?\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  const [head, id, extra] = parts
  if (!head) return { screen: 'catalog' }
  if (head === 'dataset' && id === 'new' && !extra) return { screen: 'dataset-new' }
  if (head === 'dataset' && id && !extra) return { screen: 'dataset', id }
  if (head === 'organizations' && !id) return { screen: 'organizations' }
  if (head === 'organization' && id) return { screen: 'organization', id }
  if (head === 'groups' && !id) return { screen: 'groups' }
  if (head === 'group' && id) return { screen: 'group', id }
  if (head === 'sync' && !id) return { screen: 'sync' }
  if (head === 'signin') return { screen: 'signin' }
  return { screen: 'not-found', path }
}

/** The hash path of a route. */
export function pathOf(route: Route): string {
  switch (route.screen) {
    case 'catalog':
      return '/'
    case 'dataset':
    case 'organization':
    case 'group':
      return `/${route.screen}/${encodeURIComponent(route.id)}`
    case 'dataset-new':
      return '/dataset/new'
    case 'not-found':
      return route.path
    default:
      return `/${route.screen}`
  }
}

/** The store's starting state (tests reset to it). */
export const initialRoute: RouteState = { path: '/', route: { screen: 'catalog' }, pending: null }
/** The store; select narrowly (STYLE.md). */
export const useRouteStore = create<RouteState>()(() => initialRoute)

/** Registers a guard; returns its removal. */
export function addGuard(guard: Guard): () => void {
  guards.add(guard)
  return () => guards.delete(guard)
}

/** Connects the store to the real location (hash) writer. */
export function bindLocation(write: (path: string) => void): void {
  writeLocation = write
}

/** Goes to `path` unless a guard objects; then the navigation waits in `pending`. */
export function navigate(path: string): void {
  if (path === useRouteStore.getState().path) return
  if ([...guards].some((isBlocking) => isBlocking())) {
    useRouteStore.setState({ pending: path })
    return
  }
  go(path)
}

/** The location changed outside navigate() (back button, typed URL): apply it or hold it back. */
export function locationChanged(path: string): void {
  const current = useRouteStore.getState().path
  if (path === current) return
  if ([...guards].some((isBlocking) => isBlocking())) {
    writeLocation(current) // put the old address back while the user decides
    useRouteStore.setState({ pending: path })
    return
  }
  useRouteStore.setState({ path, route: parseRoute(path), pending: null })
}

/** The user chose to leave anyway: go where they were heading. */
export function confirmPending(): void {
  const { pending } = useRouteStore.getState()
  if (pending !== null) go(pending)
}

/** The user chose to stay. */
export function cancelPending(): void {
  useRouteStore.setState({ pending: null })
}

function go(path: string): void {
  useRouteStore.setState({ path, route: parseRoute(path), pending: null })
  writeLocation(path)
}
