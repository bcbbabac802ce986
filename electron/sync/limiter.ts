/**
 * At most N requests in flight per remote: one limiter per origin, shared by
 * every client and job in the process.
 */

/** A counting semaphore: `run` waits for a free slot, FIFO. */
export class Limiter {
  private active = 0
  private readonly waiting: (() => void)[] = []

  constructor(readonly max: number) {}

  /** Requests running right now (for tests and progress). */
  get inFlight(): number {
    return this.active
  }

  /** Runs `task` when a slot is free; the slot is released however it ends. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.active++
    try {
      return await task()
    } finally {
      const next = this.waiting.shift()
      if (next) next() // the slot passes straight to the next waiter
      else this.active--
    }
  }
}

const byOrigin = new Map<string, Limiter>()

/** The process-wide limiter for an origin; `max` applies when it is first created. */
export function limiterFor(origin: string, max = 3): Limiter {
  let limiter = byOrigin.get(origin)
  if (!limiter) byOrigin.set(origin, (limiter = new Limiter(max)))
  return limiter
}

/** Runs `worker` over `items` with at most `concurrency` at once, preserving result order. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await worker(items[index], index)
    }
  })
  await Promise.all(lanes)
  return results
}
