// A worker thread whose script sits beside the module that starts it: JavaScript when built (each worker is an entry
// of its own in out/main), TypeScript through tsx in development and tests.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Starts the worker `name` (`find-worker`, …) beside the module at `moduleUrl` (the caller's `import.meta.url`). */
export function startScriptWorker(moduleUrl: string, name: string, options: WorkerOptions = {}): Worker {
  const here = fileURLToPath(moduleUrl);
  if (!here.endsWith('.ts')) return new Worker(join(dirname(here), `${name}.js`), options);
  // A worker's entry is loaded before any --import hook of its own, so tsx is registered first, then the entry.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(pathToFileURL(join(dirname(here), `${name}.ts`)).href);
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`, { ...options, eval: true });
}
