/** The left-hand navigation: screens, the new-dataset button, who is signed in. */
import { useRouteStore, navigate } from '../../stores/route.ts'
import { signOut, useSessionStore } from '../../stores/session.ts'
import { isDesktop } from '../../lib/transport.ts'
import { runCommand } from './use-global-shortcuts.ts'

const links = [
  { path: '/', label: 'Catalog', screens: ['catalog', 'dataset', 'dataset-new'], key: '1' },
  { path: '/organizations', label: 'Organizations', screens: ['organizations', 'organization'], key: '2' },
  { path: '/groups', label: 'Groups', screens: ['groups', 'group'], key: '3' },
  { path: '/sync', label: 'Remotes & sync', screens: ['sync'], key: '4' },
]

/** The navigation rail. */
export function NavRail() {
  const screen = useRouteStore((s) => s.route.screen)
  const user = useSessionStore((s) => s.user)
  return (
    <nav className="nav-rail" aria-label="Main">
      <div className="brand">Shelfmark</div>
      <button type="button" className="primary nav-new" onClick={() => runCommand('new-dataset')} title="New dataset (N)">
        New dataset
      </button>
      <ul>
        {links.map((link) => (
          <li key={link.path}>
            <a
              href={`#${link.path}`}
              aria-current={link.screens.includes(screen) ? 'page' : undefined}
              title={`Alt+${link.key}`}
              onClick={(event) => {
                event.preventDefault()
                navigate(link.path)
              }}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <div className="nav-footer">
        {user && <div className="nav-user">Signed in as {user.display_name || user.name}</div>}
        {!isDesktop() && user && (
          <button type="button" className="link" onClick={() => void signOut()}>
            Sign out
          </button>
        )}
        <div className="nav-hint">Press ? for shortcuts</div>
      </div>
    </nav>
  )
}
