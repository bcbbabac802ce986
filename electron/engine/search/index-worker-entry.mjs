// Starts the index thread from the TypeScript sources: a worker does not inherit
// the loader the main thread registered (bin.mjs, vitest), so it registers tsx.
// The desktop app's build bundles index-worker.ts instead (build/build-electron.mjs).
import { register } from 'tsx/esm/api'

register()
await import('./index-worker.ts')
