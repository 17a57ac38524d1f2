import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The workers are entries of their own: import, TIFF conversion, find, the suspicion runner and the reader pool start them by file name beside main.js.
        input: {
          main: resolve(__dirname, 'electron/main.ts'),
          'analysis-worker': resolve(__dirname, 'electron/import/analysis-worker.ts'),
          'tiff-worker': resolve(__dirname, 'electron/scans/tiff-worker.ts'),
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
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
