import { rmSync } from 'node:fs'
import { request } from 'undici'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../electron/cli/main.ts'
import { runCli, spawnCli, stop, tempDataDir, waitForLine } from './run-cli.ts'

const data = tempDataDir()
afterAll(() => rmSync(data, { recursive: true, force: true }))

/** Runs main() in this process (same code as the bin), capturing what it prints. */
async function capture(argv: string[]) {
  let out = ''
  let err = ''
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += chunk), true))
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += chunk), true))
  try {
    return { code: await main(argv), out, err }
  } finally {
    stdout.mockRestore()
    stderr.mockRestore()
  }
}

describe('shelfmark sysadmin add / token add / serve', () => {
  it('creates a sysadmin whose CLI token works over HTTP', async () => {
    const added = await runCli(['sysadmin', 'add', 'alice', '--email', 'alice@example.org', '--password', 'correct-horse', '--data', data])
    expect(added.stderr).toBe('')
    expect(added.code).toBe(0)
    expect(added.stdout).toContain('alice')

    const tokenRun = await runCli(['token', 'add', 'alice', 'laptop', '--data', data])
    expect(tokenRun.code).toBe(0)
    const token = tokenRun.stdout.trim().split('\n').at(-1)!
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)

    const server = spawnCli(['serve', '--port', '0', '--data', data])
    try {
      const url = await waitForLine(server, /Serving (http:\/\/127\.0\.0\.1:\d+)/)
      const reply = await request(`${url}/api/3/action/organization_create`, {
        method: 'POST',
        headers: { authorization: token, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'alices-org' }),
      })
      const body = (await reply.body.json()) as any
      expect(reply.statusCode).toBe(200)
      expect(body.result.users.map((user: { name: string }) => user.name)).toContain('alice')
      const me = (await (await request(`${url}/api/3/action/user_show`, { headers: { authorization: token } })).body.json()) as any
      expect(me.result).toMatchObject({ name: 'alice', sysadmin: true })
    } finally {
      expect(await stop(server)).toBe(0)
    }
  })

  it('creates a token-only sysadmin when no password is given, and updates one that exists', async () => {
    const created = await runCli(['sysadmin', 'add', 'bob', '--data', data])
    expect(created.code).toBe(0)
    expect(created.stdout).toContain('Created sysadmin bob')
    expect(created.stdout).toContain('shelfmark token add bob')
    const again = await capture(['sysadmin', 'add', 'bob', '--email', 'bob@example.org', '--data', data])
    expect(again.code).toBe(0)
    expect(again.out).toContain('Updated sysadmin bob')
  })

  it('reports CKAN errors in one line with exit code 1', async () => {
    const badName = await capture(['sysadmin', 'add', 'Not Valid!', '--data', data])
    expect(badName.code).toBe(1)
    expect(badName.err).toContain('Validation Error')
    const noUser = await capture(['token', 'add', 'nobody-here', '--data', data])
    expect(noUser.code).toBe(1)
    expect(noUser.err).toContain('no user "nobody-here"')
  })
})

describe('usage errors', () => {
  it('prints the usage with exit code 2', async () => {
    const unknown = await capture(['sysadmin', 'remove', 'alice'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('shelfmark sysadmin add NAME')
    expect((await capture(['token', 'add', 'alice', '--bogus'])).code).toBe(2)
    expect((await capture(['token'])).code).toBe(2)
    const command = await capture(['frobnicate'])
    expect(command.code).toBe(2)
    expect(command.err).toContain('Commands:')
  })

  it('prints help for a command with exit code 0', async () => {
    const help = await capture(['help', 'load'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('shelfmark load datasets')
    expect((await capture(['dump', '--help'])).out).toContain('shelfmark dump')
  })
})
