#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into out/native/electron/better_sqlite3.node, beside the Node build
// in node_modules (which tests and the CLI keep using). The desktop app passes that file to better-sqlite3's
// `nativeBinding` option (electron/main.ts sets SHELFMARK_SQLITE_BINDING; electron/engine/db/open.ts reads it).
// Needs Electron's headers (downloaded by @electron/rebuild) and a C++ toolchain. Usage: node build/native-electron.mjs
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'out', 'native', 'electron')
// Outside the project on purpose: @electron/rebuild looks for node_modules folders upwards from its build path, and
// must never find (and rebuild in place) the project's own node_modules/better-sqlite3.
const work = mkdtempSync(join(tmpdir(), 'shelfmark-native-'))
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version

mkdirSync(out, { recursive: true })
// A private copy of the package, so the Node build in node_modules is never touched.
cpSync(join(root, 'node_modules', 'better-sqlite3'), join(work, 'node_modules', 'better-sqlite3'), {
  recursive: true,
  filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`),
})
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'shelfmark-native', version: '0.0.0', dependencies: { 'better-sqlite3': '*' } }))

try {
  const { rebuild } = await import('@electron/rebuild')
  await rebuild({ buildPath: work, projectRootPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true })
  const built = join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
  if (!existsSync(built)) throw new Error(`no binary at ${built}`)
  cpSync(built, join(out, 'better_sqlite3.node'))
  console.log(`Built ${join(out, 'better_sqlite3.node')} for Electron ${electronVersion}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
