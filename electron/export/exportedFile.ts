// Reading back a recorded export (the HTTP host's download): the path in the history names what Galley wrote
// then, but the file system may have changed since. Only the regular file in the folder it was written to is served,
// never what a symlink, a swapped folder or a hard link put there later.
import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type ExportedFile = { ok: true; handle: FileHandle; size: number } | { ok: false; reason: string };

/**
 * Open `path` as the export file it was recorded as: its folder must still be the same real folder (no symlink
 * swapped in on the way), the name itself no symlink (O_NOFOLLOW, so no race between check and read), and what
 * is opened a regular file with one link. The caller closes the handle.
 */
export async function openExportedFile(path: string): Promise<ExportedFile> {
  const folder = dirname(path);
  const realFolder = await realpath(folder).catch(() => null);
  if (realFolder === null) return { ok: false, reason: `The export folder is gone: ${folder}` };
  if (realFolder !== folder) return { ok: false, reason: `The export folder now leads elsewhere: ${folder}` };
  let handle: FileHandle;
  try {
    handle = await open(join(realFolder, basename(path)), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ELOOP' ? `The exported file was replaced by a link: ${path}` : `The exported file is gone: ${path}` };
  }
  const info = await handle.stat();
  if (!info.isFile() || info.nlink !== 1) {
    await handle.close();
    return { ok: false, reason: `The exported file was replaced: ${path}` };
  }
  return { ok: true, handle, size: info.size };
}
