/**
 * What the CLI refuses before it touches a catalog, and input it must not
 * quietly damage: a file that is not UTF-8, a byte order mark, an empty or
 * wrong --data, a mistyped file or catalog folder, an unknown help topic, a
 * reader that closes the pipe early.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exposureWarning } from '../../electron/cli/commands/serve.ts'
import { repoRoot, runCli, tempDataDir } from './run-cli.ts'

const dir = tempDataDir()
const scratch = tempDataDir()
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
})

const org = (name: string, title: string) => JSON.stringify({ name, title })

describe('load reads UTF-8 strictly', () => {
  it('refuses a line that is not UTF-8 (a Latin-1 file) instead of storing U+FFFD, and loads the others', async () => {
    const file = join(scratch, 'latin1.jsonl')
    const lines = [org('forca-aerea', 'Força Aérea'), org('ministerio', 'Ministério'), org('plain', 'Plain')]
    // The middle line in Latin-1, the others UTF-8: what a file edited in an old tool looks like.
    writeFileSync(file, Buffer.concat([Buffer.from(`${lines[0]}\n`), Buffer.from(`${lines[1]}\n`, 'latin1'), Buffer.from(`${lines[2]}\n`)]))
    const result = await runCli(['load', 'organizations', file, '--data', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('line 2: read failed: the line is not UTF-8 text')
    const dumped = await runCli(['dump', 'organizations', '--data', dir])
    expect(dumped.stdout).toContain('Força Aérea')
    expect(dumped.stdout).toContain('"name":"plain"')
    expect(dumped.stdout).not.toContain('ministerio')
    expect(dumped.stdout).not.toContain('\uFFFD')
  })

  it('reads past a byte order mark on the first line', async () => {
    const file = join(scratch, 'bom.jsonl')
    writeFileSync(file, `\uFEFF${org('with-bom', 'Saved by Notepad')}\n`)
    const result = await runCli(['load', 'organizations', file, '--data', dir])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('1 created')
  })
})

describe('files that are not JSON lines', () => {
  it('stops at once on a pretty-printed document, saying what load reads and how to convert it', async () => {
    const file = join(scratch, 'pretty.json')
    writeFileSync(file, JSON.stringify([{ name: 'a' }, { name: 'b' }], null, 2))
    const result = await runCli(['load', 'organizations', file, '--data', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('one JSON document over many lines')
    expect(result.stderr.split('\n').filter((line) => line.startsWith('line ')).length).toBe(0) // not a failure per line
  })

  it('names a one-line JSON list as such', async () => {
    const file = join(scratch, 'list.json')
    writeFileSync(file, `${JSON.stringify([{ name: 'a' }, { name: 'b' }])}\n`)
    const result = await runCli(['load', 'organizations', file, '--data', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('line 1: read failed: the line is a JSON list, not an object')
  })

  it('says how many arguments are missing', async () => {
    const result = await runCli(['load', 'datasets', '--data', dir])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('missing argument: 2 are needed, 1 given')
  })
})

describe('where the catalog is', () => {
  it('refuses an empty --data rather than writing into the default catalog', async () => {
    const result = await runCli(['dump', 'datasets', '--data', ''])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--data is empty')
  })

  it('refuses a --data that is a file', async () => {
    const file = join(scratch, 'not-a-folder')
    writeFileSync(file, 'x')
    const result = await runCli(['load', 'datasets', file, '--data', file])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('is a file, not a catalog folder')
  })

  it('dump of a folder without a catalog says so, and creates nothing', async () => {
    const missing = join(scratch, 'typo-catalog')
    const result = await runCli(['dump', 'datasets', '--data', missing])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`no catalog in ${missing}`)
    expect(existsSync(missing)).toBe(false)
  })

  it('load of a missing file creates no catalog', async () => {
    const fresh = join(scratch, 'fresh')
    const result = await runCli(['load', 'datasets', join(scratch, 'no-such.jsonl'), '--data', fresh])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('no such file')
    expect(existsSync(fresh) && readdirSync(fresh).length > 0).toBe(false)
  })
})

describe('help and pipes', () => {
  it('help for an unknown command says so, with the list, and exit code 2', async () => {
    const result = await runCli(['help', 'nosuch'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unknown command "nosuch"')
    expect(result.stderr).toContain('shelfmark remote token NAME --token TOKEN')
  })
})

describe('dump into a pipe', () => {
  it('ends quietly with 0 when the reader stops early (dump | head)', async () => {
    const pipeDir = tempDataDir()
    try {
      const file = join(scratch, 'many.jsonl')
      // Well past a pipe's buffer, so the dump is still writing when head has gone.
      const orgs = Array.from({ length: 600 }, (_, i) => JSON.stringify({ name: `org-${i}`, title: `Organization ${i}`, description: 'x'.repeat(400) }))
      writeFileSync(file, `${orgs.join('\n')}\n`)
      expect((await runCli(['load', 'organizations', file, '--data', pipeDir])).code).toBe(0)
      const bin = join(repoRoot, 'electron', 'cli', 'bin.mjs')
      const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" dump organizations --data "${pipeDir}" | head -c 100 > /dev/null`], { encoding: 'utf8' })
      expect(piped.stderr).not.toContain('EPIPE')
      expect(piped.status).toBe(0)
    } finally {
      rmSync(pipeDir, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('serve beyond this machine', () => {
  it('warns about plain HTTP and the Host check, and says how to be reached by name', () => {
    expect(exposureWarning('127.0.0.1', undefined)).toBeNull()
    expect(exposureWarning('0.0.0.0', undefined)).toMatch(/plain HTTP[\s\S]*add --site-url http:\/\/NAME:PORT/)
    expect(exposureWarning('0.0.0.0', 'http://catalog.lan:5000')).toContain('[::1] or catalog.lan are answered')
    expect(exposureWarning('192.168.1.20', undefined)).toContain('or 192.168.1.20 are answered')
  })
})
