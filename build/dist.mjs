#!/usr/bin/env node
// `npm run dist`: builds the renderer (Vite) and the main process (esbuild), then packages the desktop app for the
// current platform with electron-builder (build/electron-builder.yml) into out/dist. Downloading Electron and its
// headers needs the network.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const run = (script, args) => {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run(join(root, 'node_modules', 'vite', 'bin', 'vite.js'), ['build', '--config', join(root, 'renderer', 'vite.config.ts')])
run(join(root, 'build', 'build-electron.mjs'), [])
run(join(root, 'build', 'native-electron.mjs'), []) // better-sqlite3 for Electron, built aside (never in node_modules)
run(join(root, 'node_modules', 'electron-builder', 'cli.js'), ['--config', join(root, 'build', 'electron-builder.yml'), ...process.argv.slice(2)])
