// Where pages come from: paths on this machine (files, folders walked recursively) or contents a client sent.
import { constants, type Dirent } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { Bilingual } from '../../shared/model/types';
import { checkPageSize } from './decode';

/** One file to import. `file` names it in the report and identifies it within its batch. */
export interface PageSource {
  file: string;
  read(): Promise<Uint8Array>;
}

/** A file that cannot be read at all; the rest of the import goes on. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly reason: Bilingual,
  ) {
    super(`${file}: ${reason.en}`);
    this.name = 'SourceError';
  }
}

export interface CollectedSources {
  sources: PageSource[];
  /** The folder's name when exactly one folder was given: the batch's default name. */
  folderName: string | null;
}

const isPageFile = (name: string) => extname(name).toLowerCase() === '.txt';
// One collator for every comparison: localeCompare with options builds one per call.
const byName = new Intl.Collator('zh-CN', { numeric: true }).compare;

function refused(file: string, reason: Bilingual): PageSource {
  return { file, read: () => Promise.reject(new SourceError(file, reason)) };
}

function fromPath(path: string, file: string): PageSource {
  return { file, read: () => readRegularFile(path, file) };
}

const NOT_REGULAR: Bilingual = { zh: '不是普通文件(可能是管道、设备或套接字),未读取', en: 'not a regular file (a pipe, device or socket), not read' };

/**
 * The bytes of a regular file, refusing anything else before reading a byte: a FIFO would block the import until
 * some writer came, /dev/zero would fill memory. O_NONBLOCK lets opening a FIFO return at once so it can be refused;
 * the size limit holds while reading, as a file may grow after it was measured.
 */
async function readRegularFile(path: string, file: string): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new SourceError(file, NOT_REGULAR);
    checkPageSize(info.size, file);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - total, 0) + 1, READ_CHUNK));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      checkPageSize(total, file);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}

/** Reads of at most 1 MB: a file growing while it is read is refused after at most one chunk past the limit. */
const READ_CHUNK = 1024 * 1024;

type Found = { kind: 'file' | 'link' | 'special'; path: string } | { kind: 'unreadable'; path: string; error: Error };

/**
 * .txt files under `dir`, depth first, in natural name order; hidden entries and symlinked folders are skipped.
 * Symlinked files are reported, not followed: a link may lead outside the folder the user (or the HTTP host's
 * allowed roots) vouched for. Pipes, devices and sockets named .txt are reported, never opened. A subfolder that
 * cannot be read is reported, and the rest of the walk goes on; only the top folder's failure rejects.
 */
async function walk(dir: string, top = true): Promise<Found[]> {
  let listed: Dirent[];
  try {
    listed = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (top) throw err;
    return [{ kind: 'unreadable', path: dir, error: err as Error }];
  }
  const entries = listed.filter((e) => !e.name.startsWith('.')).sort((a, b) => byName(a.name, b.name));
  const out: Found[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path, false)));
    else if (!isPageFile(e.name)) continue;
    else if (e.isFile()) out.push({ kind: 'file', path });
    else out.push({ kind: e.isSymbolicLink() ? 'link' : 'special', path });
  }
  return out;
}

function foundSource(f: Found, file: string): PageSource {
  switch (f.kind) {
    case 'file':
      return fromPath(f.path, file);
    case 'link':
      return refused(file, { zh: '是符号链接，未跟随', en: 'a symbolic link, not followed' });
    case 'special':
      return refused(file, NOT_REGULAR);
    case 'unreadable':
      return refused(`${file}/`, { zh: `无法读取子文件夹,其中的文件未导入:${f.error.message}`, en: `cannot read this subfolder, its files were not imported: ${f.error.message}` });
  }
}

/**
 * Files given by path import under their own name; files found in a folder under their path inside it
 * ("sub/001.txt"), so a re-import of the folder finds the same pages again.
 */
export async function collectPaths(paths: string[]): Promise<CollectedSources> {
  const sources: PageSource[] = [];
  const folders: string[] = [];
  for (const given of paths) {
    const path = resolve(given);
    const info = await stat(path).catch(() => null);
    if (!info) sources.push(refused(given, { zh: '找不到文件或文件夹', en: 'no such file or folder' }));
    else if (info.isDirectory()) {
      folders.push(path);
      const files = await walk(path).catch((err: Error) => err);
      if (files instanceof Error) sources.push(refused(given, { zh: `无法读取文件夹:${files.message}`, en: `cannot read the folder: ${files.message}` }));
      else if (files.length === 0) sources.push(refused(given, { zh: '文件夹中没有 .txt 页面文件', en: 'the folder holds no .txt page files' }));
      else for (const f of files) sources.push(foundSource(f, relative(path, f.path).split(sep).join('/')));
    } else if (!isPageFile(path)) sources.push(refused(basename(path), { zh: '不是 .txt 文件', en: 'not a .txt file' }));
    else if (!info.isFile()) sources.push(refused(basename(path), NOT_REGULAR));
    else sources.push(fromPath(path, basename(path)));
  }
  return { sources, folderName: folders.length === 1 && paths.length === 1 ? basename(folders[0]!) : null };
}

/** Contents sent by a client (drag and drop, browser file picker), base64-encoded. */
export function collectUploads(files: { name: string; base64: string }[]): PageSource[] {
  return files.map(({ name, base64 }) => {
    // A client's name is a label, never a path: keep only its last component.
    const file = name.split(/[\\/]/).filter(Boolean).pop() ?? name;
    if (!isPageFile(file)) return refused(file, { zh: '不是 .txt 文件', en: 'not a .txt file' });
    // Buffer.from skips whatever is not base64 and decodes the rest: garbage in, garbage stored.
    if (!isBase64(base64)) return refused(file, { zh: '上传内容不是有效的 base64 编码', en: 'the upload is not valid base64' });
    return { file, read: async () => new Uint8Array(Buffer.from(base64, 'base64')) };
  });
}

/** Standard base64 (RFC 4648 §4), padded, as FileReader and Buffer write it. */
function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text);
}
