/** The window: navigation on the left, the current screen on the right, dialogs on top. */
import { Suspense, useEffect } from 'react'
import { ScreenBoundary } from '../../components/ScreenBoundary.tsx'
import { lazyScreen } from '../../lib/lazy-screen.ts'
import { CatalogScreen } from '../catalog/CatalogScreen.tsx'
import { SignInScreen } from '../signin/SignInScreen.tsx'
import { useRouteStore, type Route } from '../../stores/route.ts'
import { checkSession, useSessionStore } from '../../stores/session.ts'
import { loadSyncOverview } from '../../stores/remotes.ts'
import { LeaveGuardDialog } from './LeaveGuardDialog.tsx'
import { NavRail } from './NavRail.tsx'
import { ShortcutHelp } from './ShortcutHelp.tsx'
import { ToastHost } from './ToastHost.tsx'
import { useGlobalShortcuts } from './use-global-shortcuts.ts'

// Loaded when first shown: the catalog (the first screen) starts without the editor, Markdown or sync code.
// A load that fails (the server went away) is shown by the ScreenBoundary, whose Retry imports again.
const DatasetScreen = lazyScreen(() => import('../dataset/DatasetScreen.tsx'), (m) => m.DatasetScreen)
const GroupListScreen = lazyScreen(() => import('../groups/GroupListScreen.tsx'), (m) => m.GroupListScreen)
const GroupScreen = lazyScreen(() => import('../groups/GroupScreen.tsx'), (m) => m.GroupScreen)
const SyncScreen = lazyScreen(() => import('../sync/SyncScreen.tsx'), (m) => m.SyncScreen)

/** The whole app. */
export function App() {
  const status = useSessionStore((s) => s.status)
  const route = useRouteStore((s) => s.route)
  useEffect(() => void checkSession(), [])
  useEffect(() => {
    if (status === 'signed-in') void loadSyncOverview() // the catalog's sync badges
  }, [status])
  useGlobalShortcuts(status === 'signed-in')

  if (status === 'unknown') return <div className="splash">Opening the catalog…</div>
  if (status === 'signed-out') return <SignInScreen />
  return (
    <div className="app">
      <NavRail />
      <main className="screen" id="main">
        <ScreenBoundary resetKey={routeKey(route)}>
          <Suspense fallback={<div className="splash">Loading…</div>}>
            <Screen route={route} />
          </Suspense>
        </ScreenBoundary>
      </main>
      <LeaveGuardDialog />
      <ShortcutHelp />
      <ToastHost />
    </div>
  )
}

/** Identifies the screen shown: a failure is forgotten when another one opens. */
function routeKey(route: Route): string {
  return 'id' in route ? `${route.screen}:${String(route.id)}` : route.screen
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'catalog':
      return <CatalogScreen />
    case 'dataset':
      return <DatasetScreen key={route.id} id={route.id} />
    case 'dataset-new':
      return <DatasetScreen key="new" id={null} />
    case 'organizations':
      return <GroupListScreen kind="organization" />
    case 'organization':
      return <GroupScreen key={route.id} kind="organization" id={route.id} />
    case 'groups':
      return <GroupListScreen kind="group" />
    case 'group':
      return <GroupScreen key={route.id} kind="group" id={route.id} />
    case 'sync':
      return <SyncScreen />
    case 'signin':
      return <SignInScreen />
    default:
      return (
        <div className="empty-state">
          <h1>Nothing here</h1>
          <p>
            <a href="#/">Back to the catalog</a>
          </p>
        </div>
      )
  }
}
