/**
 * Windowing for a list of fixed-height rows: which rows are in view (plus an
 * overscan) follows from the scroll offset by division, so a new result
 * count of 100k costs nothing (a general virtualizer measures every row
 * whenever the count changes).
 */
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react'

/** The rows to render and the list's full height. */
export type RowWindow = {
  first: number
  last: number
  totalHeight: number
  /** Scrolls just enough to show row `index` (keyboard navigation). */
  scrollToIndex(index: number): void
}

/** Follows `scroller`'s scroll offset and height; `last` is -1 when there are no rows. */
export function useRowWindow(scroller: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number): RowWindow {
  const [view, setView] = useState({ top: 0, height: 0 })
  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    const update = () =>
      setView((old) => (old.top === element.scrollTop && old.height === element.clientHeight ? old : { top: element.scrollTop, height: element.clientHeight }))
    update()
    element.addEventListener('scroll', update, { passive: true })
    const resize = new ResizeObserver(update)
    resize.observe(element)
    return () => {
      element.removeEventListener('scroll', update)
      resize.disconnect()
    }
  }, [scroller, count > 0]) // the scroller element exists only while there are rows
  const first = Math.max(0, Math.floor(view.top / rowHeight) - overscan)
  const last = Math.min(count - 1, Math.ceil((view.top + view.height) / rowHeight) + overscan)
  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scroller.current
      if (!element) return
      const top = index * rowHeight
      if (top < element.scrollTop) element.scrollTop = top
      else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight
    },
    [scroller, rowHeight],
  )
  return { first, last, totalHeight: count * rowHeight, scrollToIndex }
}
