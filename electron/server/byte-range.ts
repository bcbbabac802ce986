/**
 * HTTP Range requests for downloads (RFC 9110 §14): one `bytes=` range is
 * served as 206; a range past the end is 416; anything else (no header,
 * another unit, several ranges, bad syntax) is ignored and the whole file
 * served, as the RFC allows.
 */

/** Inclusive first and last byte offsets. */
export type ByteRange = { start: number; end: number }

/** The range to serve from a file of `size` bytes, 'unsatisfiable' for a 416, or null for the whole file. */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header)
  if (!match) return null
  const [, first, last] = match
  if (first === '' && last === '') return null
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  const end = last === '' ? Infinity : Number(last)
  if (end < start) return null
  if (start >= size) return 'unsatisfiable'
  return { start, end: Math.min(end, size - 1) }
}
