import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    // Hooks that start the CLI (tsx, then the suspicion engine's word list) take seconds on a busy 2-core runner.
    hookTimeout: 60_000,
  },
});
