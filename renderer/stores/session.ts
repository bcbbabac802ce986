/**
 * Who the app acts as. The desktop app is its owner (the IPC door acts as a
 * local sysadmin); in web mode the browser signs in and holds an HttpOnly
 * session cookie, which this store never sees.
 */
import { create } from 'zustand'
import type { User } from '../../shared/actions.ts'
import { asFailure, failureText } from '../lib/call.ts'
import { isDesktop } from '../lib/transport.ts'

type SessionState = {
  /** 'unknown' until the first check finished. */
  status: 'unknown' | 'signed-in' | 'signed-out'
  user: User | null
  message: string | null
  busy: boolean
}

/** The store's starting state (tests reset to it). */
export const initialSession: SessionState = { status: 'unknown', user: null, message: null, busy: false }
/** The store; select narrowly (STYLE.md). */
export const useSessionStore = create<SessionState>()(() => initialSession)

let checking: Promise<void> | null = null

/**
 * Finds out who we are. The desktop always acts as its owner (the IPC door's
 * local sysadmin); a browser asks the server which user its session cookie
 * stands for (GET /signin/session), which costs nothing, unlike user_show.
 */
export function checkSession(): Promise<void> {
  checking ??= (isDesktop() ? Promise.resolve(useSessionStore.setState({ status: 'signed-in', user: null, message: null })) : readSession()).finally(() => {
    checking = null
  })
  return checking
}

async function readSession(): Promise<void> {
  try {
    const response = await fetch('/signin/session', { credentials: 'same-origin' })
    const body = (await response.json()) as { user?: User }
    if (response.ok && body.user) useSessionStore.setState({ status: 'signed-in', user: body.user, message: null })
    else useSessionStore.setState({ status: 'signed-out', user: null, message: null })
  } catch (error) {
    useSessionStore.setState({ status: 'signed-out', user: null, message: failureText(asFailure(error)) })
  }
}

/** Signs in with a user name and password (web mode); the server sets the session cookie. */
export async function signIn(name: string, password: string): Promise<boolean> {
  useSessionStore.setState({ busy: true, message: null })
  try {
    const response = await fetch('/signin/password', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password }),
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { message?: string }
      useSessionStore.setState({ busy: false, message: body.message ?? 'Sign-in failed.' })
      return false
    }
    useSessionStore.setState({ busy: false })
    await checkSession()
    return useSessionStore.getState().status === 'signed-in'
  } catch (error) {
    useSessionStore.setState({ busy: false, message: failureText(asFailure(error)) })
    return false
  }
}

/** Signs out (web mode): the server forgets the session and clears the cookie. */
export async function signOut(): Promise<void> {
  await fetch('/signout', { method: 'POST', credentials: 'same-origin' }).catch(() => undefined)
  useSessionStore.setState({ ...initialSession, status: 'signed-out' })
}
