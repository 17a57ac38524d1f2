// Which command-line arguments are pages or folders to import: what the OS passes when a .txt file or a folder is
// opened with Galley, on first launch or on a second launch that hands over to the running one.
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The arguments after Electron's own: drop the executable, every switch (Chromium adds some, e.g.
 * --original-process-start-time; Playwright adds --inspect), and in development (`electron out/main/main.js`,
 * process.defaultApp) the app path itself.
 */
export function appArguments(argv: readonly string[], defaultApp: boolean): string[] {
  const positional = argv.slice(1).filter((arg) => !arg.startsWith('-'));
  return defaultApp ? positional.slice(1) : positional;
}

export type PathKind = 'file' | 'directory' | null;

export function pathKind(path: string): PathKind {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/** The arguments that name existing folders or .txt files, made absolute against `cwd`, without repeats. */
export function pathsToImport(args: readonly string[], cwd: string, kindOf: (path: string) => PathKind = pathKind): string[] {
  const paths = new Set<string>();
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const kind = kindOf(path);
    if (kind === 'directory' || (kind === 'file' && extname(path).toLowerCase() === '.txt')) paths.add(path);
  }
  return [...paths];
}

/** A second launch hands its paths over as requestSingleInstanceLock's additionalData (argv may be reordered). */
const handoverSchema = z.object({ paths: z.array(z.string().min(1)) });
export type Handover = z.output<typeof handoverSchema>;

/** The paths a second launch handed over; falls back to its argv when the data is missing or malformed. */
export function handedOverPaths(additionalData: unknown, argv: readonly string[], workingDirectory: string, defaultApp: boolean): string[] {
  const parsed = handoverSchema.safeParse(additionalData);
  if (parsed.success) return pathsToImport(parsed.data.paths, workingDirectory);
  return pathsToImport(appArguments(argv, defaultApp), workingDirectory);
}
