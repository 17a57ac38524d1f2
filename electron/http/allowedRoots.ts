import { realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { climbsOut } from '../platform/staticFiles';
import type { ApiHandlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';

/** The real path of `path`, resolving symlinks in its longest existing prefix (the rest cannot be a link yet). */
async function realPathOfPrefix(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (err) {
    const parent = dirname(path);
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || parent === path) throw err;
    return join(await realPathOfPrefix(parent), basename(path));
  }
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || !climbsOut(rel);
}

/**
 * Refuse `path` unless it lies inside one of `roots` after symlinks are resolved. Any `..` segment is refused
 * outright, whatever it would resolve to: a browser-supplied path has no business climbing.
 */
export async function assertInsideRoots(path: string, roots: readonly string[]): Promise<void> {
  if (path.split(/[\\/]/).includes('..')) throw new ApiError('forbidden', `Path may not contain "..": ${path}`, { path });
  const real = await realPathOfPrefix(resolve(path)).catch(() => {
    throw new ApiError('forbidden', `Path cannot be checked: ${path}`, { path });
  });
  for (const root of roots) {
    const realRoot = await realPathOfPrefix(resolve(root));
    if (inside(real, realRoot)) return;
  }
  throw new ApiError('forbidden', `Path is outside the folders this host may use: ${path}`, { path });
}

/**
 * A path as a person types it: a leading `~` (alone or before a separator) is the home folder, as a shell would
 * read it. `~name` (another user's home) is refused rather than taken as a file called "~name".
 */
export function expandHome(path: string, home: string): string {
  if (path === '~') return home;
  if (/^~[\\/]/.test(path)) return join(home, path.slice(2));
  if (path.startsWith('~')) throw new ApiError('forbidden', `Only "~" for your own home folder is understood: ${path}`, { path });
  return path;
}

/**
 * The handler table with the methods that take paths on the host's machine (import.paths, export.run, export.layout) confined
 * to `roots`, `~` read as `home`; the backend's handlers stay transport-neutral.
 */
export function confinePaths(handlers: ApiHandlers, roots: readonly string[], home: string): ApiHandlers {
  return {
    ...handlers,
    'import.paths': async (req, ctx) => {
      const paths = req.paths.map((path) => expandHome(path, home));
      for (const path of paths) await assertInsideRoots(path, roots);
      return handlers['import.paths']({ ...req, paths }, ctx);
    },
    'export.run': async (req, ctx) => {
      const path = req.path === undefined ? undefined : expandHome(req.path, home);
      if (path !== undefined) await assertInsideRoots(path, roots);
      return handlers['export.run']({ ...req, path }, ctx);
    },
    'export.layout': async (req, ctx) => {
      const dir = expandHome(req.dir, home);
      await assertInsideRoots(dir, roots);
      return handlers['export.layout']({ ...req, dir }, ctx);
    },
  };
}
