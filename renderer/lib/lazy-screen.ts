/** Screens loaded when first shown, whose failed load can be tried again. */
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { failedModuleUrl } from './unreachable.ts'

/** Screens whose import failed, each with how to start over. */
const failedLoads = new Set<() => void>()

/**
 * A screen component whose code (`load`, a dynamic import; `pick` takes the
 * component out of the module) is imported on its first render. React's
 * `lazy` keeps a failed import failed for good, so `retryFailedScreens`
 * swaps in a fresh one. Not at once on failure: the failed render would
 * import again at once, in a loop, and the error would never be shown.
 *
 * The browser keeps a failed module fetch failed too: Chromium answers a
 * second import() of the same address with the first failure, without
 * asking the server again. A retry therefore imports the chunk under a new
 * address (its URL, read from the error, with a query added).
 */
export function lazyScreen<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  let attempts = 0
  let failedUrl: string | null = null
  const importOnce = (): Promise<M> => {
    attempts += 1
    if (!failedUrl) return load()
    return import(/* @vite-ignore */ `${failedUrl}${failedUrl.includes('?') ? '&' : '?'}retry=${attempts}`) as Promise<M>
  }
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      importOnce().then(
        (module) => ({ default: pick(module) }),
        (error: unknown) => {
          failedUrl ??= failedModuleUrl(error)
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
