/**
 * The web app's build: `web/` is the Vite root, the bundle goes to `dist/web/`, where
 * `whosaid serve` finds it. Everything is bundled (no CDN); JSX is compiled by Vite's esbuild.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // CSP has no 'unsafe-inline': keep even small assets as files
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
