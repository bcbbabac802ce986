/** Display helpers for dates and sizes. */
import { formatSize as formatBytes } from '../../shared/format-size.ts'

/** A CKAN timestamp (UTC, no zone) as a short local date and time. */
export function formatTimestamp(value: string | null | undefined): string {
  if (!value) return '—'
  const date = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`)
  if (Number.isNaN(date.getTime())) return value
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

/** A byte count as B / kB / MB / GB, or nothing when unknown. */
export function formatSize(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined ? '' : formatBytes(bytes)
}
