import { describe, expect, it } from 'vitest'
import { Limiter, mapConcurrent } from '../../electron/sync/limiter.ts'

describe('Limiter', () => {
  it('never runs more than its maximum at once', async () => {
    const limiter = new Limiter(3)
    let running = 0
    let peak = 0
    await Promise.all(
      Array.from({ length: 12 }, () =>
        limiter.run(async () => {
          running++
          peak = Math.max(peak, running)
          await new Promise((r) => setTimeout(r, 5))
          running--
        }),
      ),
    )
    expect(peak).toBe(3)
    expect(limiter.inFlight).toBe(0)
  })

  it('releases the slot when a task fails', async () => {
    const limiter = new Limiter(1)
    await expect(limiter.run(async () => Promise.reject(new Error('x')))).rejects.toThrow('x')
    expect(await limiter.run(async () => 7)).toBe(7)
  })

  it('maps with bounded concurrency and keeps order', async () => {
    const out = await mapConcurrent([3, 1, 2], 2, async (n) => {
      await new Promise((r) => setTimeout(r, n))
      return n * 10
    })
    expect(out).toEqual([30, 10, 20])
  })
})
