/**
 * Waiting, on the main thread, for a worker thread to report a state through
 * shared memory: closing an engine waits for its threads to let go of the
 * database files, however long a burst of writes kept the event loop busy.
 */

/** Blocks until `state[index]` holds `value` or `ms` have passed; says whether it does. */
export function waitForSlot(state: Int32Array, index: number, value: number, ms: number): boolean {
  const deadline = Date.now() + ms
  for (let seen = Atomics.load(state, index); seen !== value; seen = Atomics.load(state, index)) {
    const left = deadline - Date.now()
    if (left <= 0) return false
    Atomics.wait(state, index, seen, left)
  }
  return true
}
