import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Runtime fences: each folder may only import what its runtime has.
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url', 'util', 'stream', 'zlib', 'events', 'worker_threads'];
const fence = (extra) => ({
  'no-restricted-imports': ['error', { patterns: [...extra] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: fence([
      { group: ['electron', 'electron/*', 'better-sqlite3', 'react', 'react-dom', 'react-dom/*', ...nodeBuiltins], message: 'shared/ is pure: no Node, DOM-only or Electron modules.' },
      { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not import from electron/ or renderer/.' },
    ]),
  },
  {
    // Tests of shared/ read files through tests/fixtures, so shared/ holds no Node import at all.
    files: ['shared/**/*.test.ts'],
    rules: fence([{ group: ['electron', 'electron/*', 'better-sqlite3', ...nodeBuiltins], message: 'Read fixtures through tests/fixtures/ instead.' }]),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    rules: fence([
      { group: ['electron', 'electron/*', 'better-sqlite3', ...nodeBuiltins], message: 'renderer/ runs in the browser: no Node or Electron modules.' },
      { group: ['**/electron/**'], message: 'renderer/ talks to the backend only through the API client.' },
    ]),
  },
  {
    files: ['renderer/src/components/**/*.tsx', 'renderer/src/components/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'window', message: 'Components use the API client and hooks, not window.*' }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    languageOptions: { globals: globals.node },
    rules: fence([
      { group: ['electron', 'electron/*'], message: 'Only electron/main.ts, electron/preload.ts and electron/shell/ may import electron.' },
      { group: ['**/renderer/**'], message: 'electron/ must not import the renderer.' },
    ]),
  },
  {
    files: ['electron/**/*.js', 'tests/**/*.ts', '*.config.ts', '*.config.js', '.ci/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Build scripts run in Node; the lookalike builder also runs a function in the page (Chromium).
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
