// Scan files in the data folder, named by content hash (scans/<sha256>.<ext>): an image imported twice is stored
// once, and a file name never comes from a user. Written to a temporary name and renamed, so a crash leaves
// either the whole file or none.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { lstat, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ScanFile, ScanRepo, Store } from '../store/repositories';
import type { ScanImageType } from './images';

const HASH = /^[0-9a-f]{64}$/;
/** A stored image (`<hash>.<ext>`) or a temporary one being written (`<hash>.<ext>.<hex>.tmp`). */
const SCAN_NAME = /^([0-9a-f]{64})\.[a-z]+(\.[0-9a-f]{12}\.tmp)?$/;
/**
 * How old an unreferenced file must be before a sweep takes it: an import (of this process or another) writes a
 * page's image just before the transaction that refers to it commits, a fraction of a second later.
 */
export const ORPHAN_AGE_MS = 60 * 60 * 1000;

export class ScanFiles {
  constructor(readonly dir: string) {}

  /** The file of a stored image; null for anything that is not a hash. */
  path(hash: string, type: ScanImageType): string | null {
    return HASH.test(hash) ? join(this.dir, `${hash}.${type}`) : null;
  }

  has(hash: string, type: ScanImageType): boolean {
    const path = this.path(hash, type);
    return path !== null && existsSync(path);
  }

  /** Stores the bytes under their hash; returns whether a new file was written (false: it was there). */
  put(hash: string, type: ScanImageType, bytes: Uint8Array): boolean {
    const path = this.path(hash, type);
    if (!path) throw new Error(`not a content hash: ${hash}`);
    if (existsSync(path)) return false;
    mkdirSync(this.dir, { recursive: true });
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      writeFileSync(temp, bytes);
      renameSync(temp, path);
    } catch (err) {
      rmSync(temp, { force: true });
      throw err;
    }
    return true;
  }

  remove(hash: string, type: ScanImageType): void {
    const path = this.path(hash, type);
    if (path) rmSync(path, { force: true });
  }

  /**
   * Removes those of `files` no page refers to any more (`scans.imageInUse`); returns how many went. Called once
   * the change that dropped the references has committed, so a file goes only when no committed page can still
   * name it. A file that cannot be removed stays: a leftover costs disk space, never a page its image.
   */
  removeUnreferenced(scans: Pick<ScanRepo, 'imageInUse'>, files: readonly ScanFile[]): number {
    let removed = 0;
    for (const f of new Map(files.map((file) => [file.hash, file])).values()) {
      if (scans.imageInUse(f.hash) || !this.has(f.hash, f.type)) continue;
      try {
        this.remove(f.hash, f.type);
        removed++;
      } catch {
        // Held open elsewhere (Windows) or a read-only folder: kept, as said above.
      }
    }
    return removed;
  }
}

/**
 * Removes what no page refers to and nothing is still writing: images orphaned by a crash between writing a file
 * and committing its page (or by an older Galley's deletes), and temporary files a killed write left, once older
 * than ORPHAN_AGE_MS. Other files in the folder are not Galley's to judge and stay. Answers the names removed.
 */
export async function sweepScans(files: ScanFiles, scans: Pick<ScanRepo, 'imageInUse'>, now = Date.now()): Promise<string[]> {
  const names = await readdir(files.dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = SCAN_NAME.exec(name);
    if (!match) continue;
    const path = join(files.dir, name);
    const info = await lstat(path).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < ORPHAN_AGE_MS) continue;
    if (!match[2] && scans.imageInUse(match[1]!)) continue;
    try {
      await rm(path, { force: true });
      removed.push(name);
    } catch {
      // As in removeUnreferenced: a file that cannot be removed costs disk space only.
    }
  }
  return removed;
}

/** The scans folder beside the store's database. */
export function scanFilesOf(store: Pick<Store, 'path'>): ScanFiles {
  return new ScanFiles(join(dirname(store.path), 'scans'));
}
