import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The app's root folder (where package.json is): the CLI runs from its sources, two levels below. */
export const APP_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built renderer the browser host serves: out/renderer, or GALLEY_RENDERER_DIR (tests, other builds). */
export function rendererDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.GALLEY_RENDERER_DIR ? resolve(env.GALLEY_RENDERER_DIR) : join(APP_ROOT, 'out', 'renderer');
}
