#!/usr/bin/env node
// Bundles the desktop app's main process and preload into out/electron (what package.json "main" names):
//   out/electron/main.js      ESM, Node built-ins and node_modules left external (electron-builder ships them)
//   out/electron/preload.cjs  CommonJS: a sandboxed preload cannot be an ES module
//   out/electron/index-worker.js  the search index thread (ESM, as main.js)
//   out/electron/migrations/  the SQL migrations db/open.ts reads beside its own file
//   out/electron/index-schema.sql  the search index file's schema search/index-file.ts reads beside its own file
// Usage: node build/build-electron.mjs   (the renderer is built separately: npx vite build --config renderer/vite.config.ts)
import { build } from 'esbuild'
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'out', 'electron')

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root }

await build({
  ...common,
  entryPoints: [join(root, 'electron', 'main.ts')],
  outfile: join(out, 'main.js'),
  format: 'esm',
  packages: 'external',
  // Bundled ESM has no require(); some dependencies' CommonJS interop expects one.
  banner: { js: "import { createRequire as __shelfmarkRequire } from 'node:module'; const require = __shelfmarkRequire(import.meta.url);" },
})

// The search index thread (engine/search/index-thread.ts looks for index-worker.js beside main.js).
await build({
  ...common,
  entryPoints: [join(root, 'electron', 'engine', 'search', 'index-worker.ts')],
  outfile: join(out, 'index-worker.js'),
  format: 'esm',
  packages: 'external',
  banner: { js: "import { createRequire as __shelfmarkRequire } from 'node:module'; const require = __shelfmarkRequire(import.meta.url);" },
})

await build({
  ...common,
  entryPoints: [join(root, 'electron', 'preload.ts')],
  outfile: join(out, 'preload.cjs'),
  format: 'cjs',
  external: ['electron'],
})

cpSync(join(root, 'electron', 'engine', 'db', 'migrations'), join(out, 'migrations'), { recursive: true })
cpSync(join(root, 'electron', 'engine', 'search', 'index-schema.sql'), join(out, 'index-schema.sql'))
console.log(`Built ${out}`)
