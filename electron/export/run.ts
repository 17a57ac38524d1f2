import { mkdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ExportFormat, ExportRecord, Selection } from '../../shared/api/contract';
import { withExtension } from '../../shared/export/formats';
import { buildManifest } from '../../shared/export/manifest';
import type { ExportArticle } from '../../shared/export/types';
import { GALLEY_VERSION } from '../platform/version';
import { removeStaleTemps, writeFileAtomic } from './atomic';
import { serialize } from './serialize';

/** What an export needs from the store. */
export interface ExportDeps {
  select(selection: Selection): ExportArticle[];
  record(r: Omit<ExportRecord, 'id' | 'createdAt'>): ExportRecord;
  /** Where exports go when the request names no path. */
  defaultDir: string;
}

export interface ExportRequest {
  selection: Selection;
  format: ExportFormat;
  /** A file, or an existing directory to write a default-named file into. */
  path?: string;
}

/** `galley-export-20211122-083005.csv`, from the local time of `now`. */
export function defaultExportName(format: ExportFormat, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return withExtension(`galley-export-${stamp}`, format);
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** The absolute file an export is written to: the format's extension is added when missing. */
export async function exportTarget(req: ExportRequest, defaultDir: string, now: Date): Promise<string> {
  if (req.path === undefined) return resolve(defaultDir, defaultExportName(req.format, now));
  const path = resolve(req.path);
  if (await isDirectory(path)) return join(path, defaultExportName(req.format, now));
  return withExtension(path, req.format);
}

/**
 * Select the articles, serialise them, write the file atomically and record the export. Progress is reported
 * as (0, total) once the selection is known and (total, total) when the file is in place.
 */
export async function runExport(deps: ExportDeps, req: ExportRequest, onProgress?: (done: number, total: number) => void): Promise<ExportRecord> {
  const articles = deps.select(req.selection);
  onProgress?.(0, articles.length);
  const now = new Date();
  const target = await exportTarget(req, deps.defaultDir, now);
  const manifest = buildManifest(articles, { version: GALLEY_VERSION, exportedAt: now.toISOString() });
  const data = await serialize(req.format, articles, manifest);
  await mkdir(dirname(target), { recursive: true });
  // Recorded by its real folder: a download later checks that the folder still is that one (exportedFile.ts).
  const path = join(await realpath(dirname(target)), basename(target));
  await removeStaleTemps(dirname(path));
  await writeFileAtomic(path, data);
  onProgress?.(articles.length, articles.length);
  return deps.record({ format: req.format, count: articles.length, path, selection: req.selection });
}
