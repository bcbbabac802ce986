/** Moves the keyboard focus to an element a screen is about to render (lazy screens appear a little later). */

/**
 * Focuses the first element matching `selector` once it is in the document
 * and `isWanted()` still holds (the user may have gone elsewhere meanwhile);
 * gives up after `timeoutMs`. The element matching now, if any, belongs to
 * the screen being left and is skipped. Returns a function that stops waiting.
 */
export function focusWhenShown(selector: string, isWanted: () => boolean, timeoutMs = 5000): () => void {
  const leaving = document.querySelector(selector)
  let observer: MutationObserver | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  const stop = () => {
    observer?.disconnect()
    observer = null
    if (timer) clearTimeout(timer)
    timer = null
  }
  const attempt = () => {
    if (!isWanted()) return false
    const element = document.querySelector<HTMLElement>(selector)
    if (!element || element === leaving) return false
    element.focus()
    stop()
    return true
  }
  observer = new MutationObserver(() => void attempt())
  observer.observe(document.body, { childList: true, subtree: true })
  timer = setTimeout(stop, timeoutMs)
  queueMicrotask(() => void attempt())
  return stop
}
