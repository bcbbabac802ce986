import { createHash } from 'node:crypto'
import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { finished, pipeline } from 'node:stream/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { InlineHashedSink } from '../../../../electron/engine/files/inline-hashed-sink.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shelfmark-sink-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** `count` chunks of `size` bytes, each filled with its own index so order mistakes show. */
function chunks(count: number, size: number): Buffer[] {
  return Array.from({ length: count }, (_, index) => Buffer.alloc(size, index % 251))
}

describe('InlineHashedSink', () => {
  it('writes every chunk in order and reports their size and sha256', async () => {
    const parts = chunks(200, 65_536 + 3)
    const whole = Buffer.concat(parts)
    const path = join(dir, 'out.bin')
    const fd = openSync(path, 'wx')
    const sink = new InlineHashedSink(fd)
    expect(() => sink.result()).toThrow(/before finish/)
    await pipeline(Readable.from(parts), sink)
    closeSync(fd)
    expect(sink.result()).toEqual({ size: whole.length, sha256: createHash('sha256').update(whole).digest('hex') })
    expect(readFileSync(path).equals(whole)).toBe(true)
  })

  it('an empty stream gives an empty file and the sha256 of nothing', async () => {
    const fd = openSync(join(dir, 'empty.bin'), 'wx')
    const sink = new InlineHashedSink(fd)
    await pipeline(Readable.from([]), sink)
    closeSync(fd)
    expect(sink.result()).toEqual({ size: 0, sha256: createHash('sha256').digest('hex') })
  })

  it('closes only after the write in flight has landed, so the caller may then close the descriptor', async () => {
    const fd = openSync(join(dir, 'cut.bin'), 'wx')
    const sink = new InlineHashedSink(fd)
    const first = Buffer.alloc(8 * 1024 * 1024, 1)
    sink.write(first)
    sink.destroy(new Error('client went away'))
    await finished(sink).catch(() => {})
    expect(fstatSync(fd).size).toBe(first.length)
    closeSync(fd)
  })
})
