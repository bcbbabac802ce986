/**
 * End-to-end tests: headless Debian Chromium (playwright-core) against a
 * real `shelfmark serve` on a random loopback port with a temporary data
 * directory. Run: npx vitest run --config test/e2e/vitest.config.ts
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false, // two cores: one browser at a time
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
