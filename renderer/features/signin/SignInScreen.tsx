/**
 * Web mode sign-in: user name and password, or the one-time link that
 * `shelfmark serve` prints (opening it signs in directly, no form).
 */
import { useState } from 'react'
import { signIn, useSessionStore } from '../../stores/session.ts'

/** The sign-in form. */
export function SignInScreen() {
  const { busy, message } = useSessionStore()
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  return (
    <div className="signin">
      <form
        className="signin-card"
        onSubmit={(event) => {
          event.preventDefault()
          void signIn(name, password)
        }}
      >
        <h1>Shelfmark</h1>
        <p className="muted">Sign in to this catalog, or open the one-time sign-in link printed by <code>shelfmark serve</code>.</p>
        {message && (
          <div className="banner banner-error" role="alert">
            {message}
          </div>
        )}
        <label>
          User name
          <input autoFocus autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={busy || !name || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  )
}
