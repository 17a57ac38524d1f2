// Temporary databases for tests: each in its own folder under the OS temp dir, removed on dispose.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from './repositories';
import { openStore } from './store';

export interface TempStore {
  store: Store;
  dir: string;
  path: string;
  dispose(): void;
}

export function tempDir(prefix = 'galley-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openTempStore(): TempStore {
  const dir = tempDir();
  const path = join(dir, 'galley.db');
  const store = openStore(path);
  return {
    store,
    dir,
    path,
    dispose: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
