/** Timestamps and ids in CKAN's formats. */
import { randomUUID } from 'node:crypto'

/**
 * Now as CKAN writes it: ISO 8601, UTC, no zone, microseconds
 * ("2026-11-25T13:25:57.350524"). JavaScript has milliseconds; the extra
 * digits come from a per-process counter so that successive timestamps stay
 * strictly increasing (sync compares them as strings).
 */
export function ckanNow(): string {
  const ms = Date.now()
  if (ms > lastMs) {
    lastMs = ms
    micro = 0
  } else micro = Math.min(micro + 1, 999)
  return new Date(lastMs).toISOString().slice(0, 23) + String(micro).padStart(3, '0')
}
let lastMs = 0
let micro = 0

/** A new random UUID (v4), as CKAN gives every object. */
export function newId(): string {
  return randomUUID()
}

/** A CKAN timestamp ("2026-11-25T13:25:57.350524", maybe with Z or no fraction) as epoch ms. */
export function parseCkanTime(text: string): number {
  const iso = /Z|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`
  return Date.parse(iso.replace(/(\.\d{3})\d+/, '$1'))
}
