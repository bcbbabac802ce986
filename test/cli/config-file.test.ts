import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { configFileName } from '../../electron/engine/config-file.ts'
import { spawnCli, stop, tempDataDir } from './run-cli.ts'

const data = tempDataDir()
afterAll(() => rmSync(data, { recursive: true, force: true }))

describe('shelfmark.ini through the CLI', () => {
  it('keeps `serve` from starting with a bad setting: one clear line on stderr and a non-zero exit', async () => {
    const file = join(data, configFileName)
    writeFileSync(file, '[app:main]\nckan.site_title = Fine\nckan.auth.create_user_via_api = maybe\n')
    const server = spawnCli(['serve', '--port', '0', '--data', data])
    let stdout = ''
    let stderr = ''
    server.stdout.on('data', (chunk) => (stdout += chunk))
    server.stderr.on('data', (chunk) => (stderr += chunk))
    // Were the setting accepted the server would run on; stop it rather than leave it behind.
    const guard = setTimeout(() => void stop(server), 15_000)
    const code = await new Promise<number | null>((resolve) => server.on('close', resolve))
    clearTimeout(guard)
    expect(stdout).toBe('')
    expect(stderr).toBe(`shelfmark serve: ${file}: ckan.auth.create_user_via_api = "maybe" is not a boolean (true or false)\n`)
    expect(code).toBe(1)
  })
})
