import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { PDFJS_DATA } from './renderer/src/lib/pdfData';

/** pdfjs-dist's data folders (CMaps, standard fonts, decoders, colour profiles) copied beside the renderer, where pdfData.ts says. */
export function pdfjsData(): Plugin {
  const root = dirname(createRequire(resolve(__dirname, 'package.json')).resolve('pdfjs-dist/package.json'));
  return {
    name: 'galley-pdfjs-data',
    apply: 'build',
    generateBundle() {
      for (const { path, from } of Object.values(PDFJS_DATA)) {
        for (const name of readdirSync(join(root, from))) this.emitFile({ type: 'asset', fileName: `${path}${name}`, source: readFileSync(join(root, from, name)) });
      }
    },
  };
}

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The workers are entries of their own: import, scans (TIFF, PDF), find, the suspicion runner and the reader pool start them by file name beside main.js.
        input: {
          main: resolve(__dirname, 'electron/main.ts'),
          'analysis-worker': resolve(__dirname, 'electron/import/analysis-worker.ts'),
          'scan-worker': resolve(__dirname, 'electron/scans/scan-worker.ts'),
          'find-worker': resolve(__dirname, 'electron/services/find-worker.ts'),
          'suspicion-worker': resolve(__dirname, 'electron/services/suspicion-worker.ts'),
          'reader-worker': resolve(__dirname, 'electron/services/reader-worker.ts'),
        },
        // Shared chunks beside the entries, not in chunks/: modules that find files relative to their own URL (the
        // suspicion engine's resources/suspect) must sit two folders below the root, as main.js does.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve(__dirname, 'electron/preload.ts') },
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), pdfjsData()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
