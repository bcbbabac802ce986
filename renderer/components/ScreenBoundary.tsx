/** Keeps a failed screen inside its frame: the navigation stays, the failure is said, Retry renders it again. */
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { retryFailedScreens } from '../lib/lazy-screen.ts'
import { isUnreachable } from '../lib/unreachable.ts'

type BoundaryProps = {
  /** Changes when another screen is shown: a failure belongs to the screen it happened on. */
  resetKey: string
  children: ReactNode
}

type BoundaryState = { error: Error | null }

/** The error boundary around the routed screen. */
export class ScreenBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  componentDidUpdate(previous: BoundaryProps): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.retry()
  }

  /** Renders the screen again, importing its code again if that failed. */
  retry(): void {
    retryFailedScreens()
    this.setState({ error: null })
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A screen failed:', error, info.componentStack)
  }

  render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    const unreachable = isUnreachable(error)
    return (
      <div className="screen-failure" role="alert">
        <h1>{unreachable ? "Can't reach Shelfmark" : 'This screen failed'}</h1>
        <p>
          {unreachable
            ? 'This screen could not be loaded: the Shelfmark server is not answering. Check that it is still running, then retry.'
            : 'Something went wrong while showing this screen.'}
        </p>
        <p className="muted mono">{error.message}</p>
        <button type="button" className="primary" onClick={() => this.retry()}>
          Retry
        </button>
      </div>
    )
  }
}
