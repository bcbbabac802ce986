/**
 * Builds the renderer into out/renderer. Relative asset paths, so the same
 * build loads from the desktop's app:// origin and from `shelfmark serve`.
 * No inline scripts or styles are emitted: the CSP forbids them.
 */
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0, // data: URLs would need a looser CSP
    modulePreload: { polyfill: false }, // the polyfill is an inline-able snippet; modern engines need none
    target: 'chrome120',
    sourcemap: false,
  },
})
