/**
 * What the main thread and the index thread share: a few integers in shared
 * memory, read and woken with Atomics. Messages would not do: a long burst of
 * writes (a load) never yields the main thread's event loop to read them.
 */

/** Slots of the shared Int32Array. */
export const slot = {
  /** Committed writes the main thread reported; the index thread waits on it. */
  writes: 0,
  /** Set to 1 when the index thread should close its connection and end. */
  closing: 1,
  /** 0 starting, 1 running, 2 closed. */
  running: 2,
} as const

/** What the index thread starts with. */
export type IndexThreadData = {
  catalogFile: string
  indexFile: string
  /** better-sqlite3 built for another ABI (the desktop app), or undefined. */
  binding: string | undefined
  config: unknown
  dataDir: string | null
  /** How long the thread lets writes gather before it indexes them. */
  gatherMs: number
  state: SharedArrayBuffer
}
