/** Screens loaded when first shown, whose failed load can be tried again. */
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react'

/** Screens whose import failed, each with how to start over. */
const failedLoads = new Set<() => void>()

/**
 * A screen component whose code is imported on its first render. React's
 * `lazy` keeps a failed import failed for good, so `retryFailedScreens`
 * swaps in a fresh one. Not at once on failure: the failed render would
 * import again at once, in a loop, and the error would never be shown.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failedLoads.add(startOver)
          throw error
        },
      ),
    )
  const startOver = () => (current = make())
  let current = make()
  return function LazyScreen(props: P) {
    return createElement(current as ComponentType<P>, props)
  }
}

/** Lets every screen whose import failed import again on its next render (the error boundary's Retry). */
export function retryFailedScreens(): void {
  for (const startOver of failedLoads) startOver()
  failedLoads.clear()
}

/** True for the errors a browser gives when a module or a request cannot reach the server. */
export function isUnreachable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /dynamically imported module|Importing a module script failed|Unable to preload|Failed to fetch|NetworkError|Load failed/i.test(message)
}
