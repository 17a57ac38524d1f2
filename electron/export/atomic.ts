import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Write `data` (bytes, or chunks as they are produced) to `path` so that readers see either the old file or the
 * whole new one: write a temporary file in
 * the same directory (same file system, so rename is atomic), fsync it, rename it over `path`, then fsync the
 * directory so the rename itself survives a crash. The temporary file is removed when anything fails.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | AsyncIterable<Uint8Array>): Promise<void> {
  const dir = dirname(path);
  // The writer's pid in the name lets a later run tell a temporary file left by a killed export from a live one.
  const temp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      if (data instanceof Uint8Array) await file.writeFile(data);
      // writeFile on a handle writes all of a chunk from the current position on.
      else for await (const chunk of data) await file.writeFile(chunk);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  // Directories cannot be opened for fsync on Windows; there the rename is as durable as the platform makes it.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** `.name.PID-HEX.tmp` as written above; `.name.HEX.tmp` as older Galleys wrote it, without the pid. */
const TEMP_NAME = /^\..+\.(?:(\d+)-)?[0-9a-f]{12}\.tmp$/;
/** A temporary file without a pid is taken as abandoned once no export could still be writing it. */
const UNOWNED_STALE_MS = 60 * 60 * 1000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the temporary files that exports killed mid-write left in `dir` (full-size hidden files nobody will
 * rename): those whose writer is no longer running, and pid-less ones older than an hour. A missing folder has
 * none. Answers the names removed.
 */
export async function removeStaleTemps(dir: string, now = Date.now()): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const path = join(dir, name);
    const pid = match[1] === undefined ? null : Number(match[1]);
    if (pid === process.pid || (pid !== null && processAlive(pid))) continue;
    if (pid === null) {
      const info = await lstat(path).catch(() => null);
      if (!info?.isFile() || now - info.mtimeMs < UNOWNED_STALE_MS) continue;
    }
    await rm(path, { force: true });
    removed.push(name);
  }
  return removed;
}
