// Where pages come from: paths on this machine (files, folders walked recursively) or contents a client sent.
import { constants, type Dirent } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { isLayoutFile } from '../../shared/layout';
import type { Bilingual } from '../../shared/model/types';
import { isImageFile, MAX_IMAGE_BYTES } from '../scans/images';
import { checkPageSize, DecodeError, decodePage } from './decode';
import { countPdfPages, countTiffPages } from '../scans/scan-pool';

/** A file's name and how to read it. */
export interface FileSource {
  file: string;
  read(): Promise<Uint8Array>;
}

/** One file to import. `file` names it in the report and identifies it within its batch. */
export interface PageSource extends FileSource {
  /** The page's image: a file of the same name with an image extension, beside it or given with it. */
  image?: FileSource;
  /** For a page of a PDF: its number (1-based); the PDF is both the text layer and the image. */
  pdfPage?: number;
  /** For one page of a text read from a multi-page TIFF: its page number, the TIFF's pages and the text's. */
  imagePage?: { page: number; imagePages: number; textPages: number };
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
  /**
   * Files found in the folders given that are neither page files nor a page's image, left out (named as in the
   * report: their path inside the folder). Hidden entries are not listed.
   */
  skipped: string[];
}

/** Page text in: plain text, a layout format (ALTO, PAGE, hOCR) whose text the same parser reads, or a PDF. */
const isPageFile = (name: string) => extname(name).toLowerCase() === '.txt' || isLayoutFile(name) || isPdf(name);
const isPdf = (name: string) => extname(name).toLowerCase() === '.pdf';
/** "dir/X.txt" and "dir/X.jpg" belong together. */
const stemOf = (path: string) => path.slice(0, path.length - extname(path).length);
const NOT_A_PAGE: Bilingual = { zh: '不是页面文件(.txt、ALTO/PAGE .xml、hOCR .hocr/.html、PDF)', en: 'not a page file (.txt, ALTO/PAGE .xml, hOCR .hocr/.html, PDF)' };
const LONE_IMAGE: Bilingual = { zh: '图像旁没有同名的页面文字(.txt 或版面文件)', en: 'an image without its page text (a .txt or layout file of the same name) beside it' };
// One collator for every comparison: localeCompare with options builds one per call.
const byName = new Intl.Collator('zh-CN', { numeric: true }).compare;

function refused(file: string, reason: Bilingual): PageSource {
  return { file, read: () => Promise.reject(new SourceError(file, reason)) };
}

function fromPath(path: string, file: string): PageSource {
  return { file, read: () => readRegularFile(path, file, checkPageSize) };
}

/** Images and PDFs are read whole under the image limit (a PDF is text layer and image at once). */
function imageFromPath(path: string, file: string): FileSource {
  return { file, read: () => readRegularFile(path, file, checkImageSize) };
}

function checkImageSize(size: number, file: string): void {
  if (size > MAX_IMAGE_BYTES) throw new DecodeError(file, { zh: '文件过大(上限 200 MB)', en: 'file too large (the limit is 200 MB)' });
}

/** Images paired with the page files of the same stem; returns the stems of images no page took. */
function pairImages(pages: readonly { stem: string; source: PageSource }[], images: Map<string, FileSource>): Set<string> {
  const left = new Set(images.keys());
  for (const p of pages) {
    const image = images.get(p.stem);
    if (image) {
      p.source.image = image;
      left.delete(p.stem);
    }
  }
  return left;
}

const NOT_REGULAR: Bilingual = { zh: '不是普通文件（可能是管道、设备或套接字），未读取', en: 'not a regular file (a pipe, device or socket), not read' };

/**
 * The bytes of a regular file, refusing anything else before reading a byte: a FIFO would block the import until
 * some writer came, /dev/zero would fill memory. O_NONBLOCK lets opening a FIFO return at once so it can be refused;
 * the size limit holds while reading, as a file may grow after it was measured.
 */
async function readRegularFile(path: string, file: string, checkSize: (size: number, file: string) => void): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new SourceError(file, NOT_REGULAR);
    checkSize(info.size, file);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - total, 0) + 1, READ_CHUNK));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      checkSize(total, file);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}

/** Reads of at most 1 MB: a file growing while it is read is refused after at most one chunk past the limit. */
const READ_CHUNK = 1024 * 1024;

/** What the walk found that the import takes up (a page file, or an entry it refuses). */
type Importable = { kind: 'file' | 'link' | 'special'; path: string } | { kind: 'unreadable'; path: string; error: Error };
/** `other`: neither a page file nor an image, left out and named in the report. */
type Found = Importable | { kind: 'other'; path: string };

/**
 * Page files and images under `dir`, depth first, in natural name order; hidden entries are left out, anything
 * else (other files, symlinked folders) is found as `other` so the report can name it.
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
    else if (!isPageFile(e.name) && !isImageFile(e.name)) out.push({ kind: 'other', path });
    else if (e.isFile()) out.push({ kind: 'file', path });
    else out.push({ kind: e.isSymbolicLink() ? 'link' : 'special', path });
  }
  return out;
}

function foundSource(f: Importable, file: string): PageSource {
  switch (f.kind) {
    case 'file':
      return isPdf(f.path) ? imageFromPath(f.path, file) : fromPath(f.path, file);
    case 'link':
      return refused(file, { zh: '是符号链接，未跟随', en: 'a symbolic link, not followed' });
    case 'special':
      return refused(file, NOT_REGULAR);
    case 'unreadable':
      return refused(`${file}/`, { zh: `无法读取子文件夹，其中的文件未导入：${f.error.message}`, en: `cannot read this subfolder, its files were not imported: ${f.error.message}` });
  }
}

/**
 * Files given by path import under their own name; files found in a folder under their path inside it
 * ("sub/001.txt"), so a re-import of the folder finds the same pages again.
 */
export async function collectPaths(paths: string[]): Promise<CollectedSources> {
  const sources: PageSource[] = [];
  const folders: string[] = [];
  const skipped: string[] = [];
  // Images found in folders, by stem, under the name the report would give them.
  const folderImages = new Map<string, string>();
  // Page files and images by the stem of their full path: an image pairs with the page file beside it.
  const pages: { stem: string; source: PageSource }[] = [];
  const images = new Map<string, FileSource>();
  // An image given by name holds its place in the report until a page takes it.
  const givenImages = new Map<string, PageSource>();
  const take = (source: PageSource, path: string) => {
    sources.push(source);
    pages.push({ stem: stemOf(path), source });
  };
  for (const given of paths) {
    const path = resolve(given);
    const info = await stat(path).catch(() => null);
    if (!info) sources.push(refused(given, { zh: '找不到文件或文件夹', en: 'no such file or folder' }));
    else if (info.isDirectory()) {
      folders.push(path);
      const files = await walk(path).catch((err: Error) => err);
      if (files instanceof Error) sources.push(refused(given, { zh: `无法读取文件夹：${files.message}`, en: `cannot read the folder: ${files.message}` }));
      else if (!files.some((f) => isPageFile(f.path))) sources.push(refused(given, { zh: '文件夹中没有页面文件', en: 'the folder holds no page files' }));
      else {
        for (const f of files) {
          const file = relative(path, f.path).split(sep).join('/');
          if (f.kind === 'other') skipped.push(file);
          else if (f.kind === 'file' && isImageFile(f.path)) {
            images.set(stemOf(f.path), imageFromPath(f.path, file));
            folderImages.set(stemOf(f.path), file);
          } else if (f.kind === 'file') take(foundSource(f, file), f.path);
          else if (!isImageFile(f.path)) sources.push(foundSource(f, file));
        }
      }
    } else if (isImageFile(path) && info.isFile()) {
      const placeholder = refused(basename(path), LONE_IMAGE);
      givenImages.set(stemOf(path), placeholder);
      sources.push(placeholder);
      images.set(stemOf(path), imageFromPath(path, basename(path)));
    } else if (!isPageFile(path)) sources.push(refused(basename(path), NOT_A_PAGE));
    else if (!info.isFile()) sources.push(refused(basename(path), NOT_REGULAR));
    else {
      take(isPdf(path) ? imageFromPath(path, basename(path)) : fromPath(path, basename(path)), path);
      // A page file given alone still takes the image beside it.
      const siblings = await readdir(dirname(path)).catch(() => [] as string[]);
      const stem = basename(stemOf(path));
      const image = siblings.filter((n) => isImageFile(n) && stemOf(n) === stem).sort(byName)[0];
      if (image && !images.has(stemOf(path))) images.set(stemOf(path), imageFromPath(join(dirname(path), image), image));
    }
  }
  // Images in folders without a page are other material (photos, logos): they stay out and are listed as skipped;
  // an image given by name without its page is refused, so the user hears why nothing came of it.
  const lone = pairImages(pages, images);
  const paired = new Set([...givenImages].filter(([stem]) => !lone.has(stem)).map(([, placeholder]) => placeholder));
  for (const stem of lone) if (folderImages.has(stem) && !givenImages.has(stem)) skipped.push(folderImages.get(stem)!);
  return {
    sources: sources.filter((s) => !paired.has(s)),
    folderName: folders.length === 1 && paths.length === 1 ? basename(folders[0]!) : null,
    skipped: skipped.sort(byName),
  };
}

/** Contents sent by a client (drag and drop, browser file picker), base64-encoded. */
export function collectUploads(files: { name: string; base64: string }[]): PageSource[] {
  const sources: PageSource[] = [];
  const pages: { stem: string; source: PageSource }[] = [];
  const images = new Map<string, FileSource>();
  for (const { name, base64 } of files) {
    // A client's name is a label, never a path: keep only its last component.
    const file = name.split(/[\\/]/).filter(Boolean).pop() ?? name;
    const read = async () => new Uint8Array(Buffer.from(base64, 'base64'));
    if (!isPageFile(file) && !isImageFile(file)) sources.push(refused(file, NOT_A_PAGE));
    // Buffer.from skips whatever is not base64 and decodes the rest: garbage in, garbage stored.
    else if (!isBase64(base64)) sources.push(refused(file, { zh: '上传内容不是有效的 base64 编码', en: 'the upload is not valid base64' }));
    else if (isImageFile(file)) images.set(stemOf(file), { file, read });
    else {
      const source = { file, read };
      sources.push(source);
      pages.push({ stem: stemOf(file), source });
    }
  }
  for (const stem of pairImages(pages, images)) sources.push(refused(images.get(stem)!.file, LONE_IMAGE));
  return sources;
}

/**
 * A PDF becomes one source per page: "X.pdf" for a one-page PDF, "X-p1.pdf", "X-p2.pdf"… otherwise. A PDF that
 * cannot be opened is refused whole.
 */
export async function expandPdfs(sources: PageSource[]): Promise<PageSource[]> {
  const out: PageSource[] = [];
  for (const source of sources) {
    if (!isPdf(source.file) || source.pdfPage !== undefined) {
      out.push(source);
      continue;
    }
    try {
      const bytes = await source.read();
      const pages = await countPdfPages(bytes, source.file);
      const stem = stemOf(source.file);
      for (let n = 1; n <= pages; n++) out.push({ file: pages === 1 ? source.file : `${stem}-p${n}.pdf`, read: async () => bytes, pdfPage: n });
    } catch (err) {
      out.push({ file: source.file, read: () => Promise.reject(err) });
    }
  }
  return out;
}

const isTiff = (name: string) => /\.tiff?$/i.test(name);
const FORM_FEED = 0x0c;

/**
 * A text of several pages beside a TIFF of several pages becomes one source per page, page n of the text with page
 * n of the TIFF: Tesseract reading a multi-page TIFF writes one .txt with a form feed after each page. The pages are
 * named "X-p1.txt", "X-p2.txt"… (as a PDF's are), so a re-import finds them again. Only texts beside a TIFF are
 * read ahead for this; a text that does not decode is left for the import to refuse with its reason.
 */
export async function expandTiffTexts(sources: PageSource[]): Promise<PageSource[]> {
  const out: PageSource[] = [];
  for (const source of sources) {
    const image = source.image;
    if (!image || !isTiff(image.file) || extname(source.file).toLowerCase() !== '.txt') {
      out.push(source);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await source.read();
    } catch (err) {
      out.push({ file: source.file, read: () => Promise.reject(err) });
      continue;
    }
    const parts = textPages(bytes, source.file);
    if (parts.filter((p) => p !== null).length < 2) {
      out.push({ ...source, read: async () => bytes });
      continue;
    }
    // The TIFF's pages counted once; a TIFF that cannot be read leaves every page to report that as it imports.
    const imagePages = await image
      .read()
      .then(countTiffPages)
      .catch(() => parts.length);
    const stem = stemOf(source.file);
    parts.forEach((part, i) => {
      if (part !== null) out.push({ file: `${stem}-p${i + 1}.txt`, read: async () => part, image, imagePage: { page: i + 1, imagePages, textPages: parts.length } });
    });
  }
  return out;
}

/**
 * A page text's pages, split at its form feeds, in its own encoding (a blank page is null, trailing blank pages are
 * dropped); one part when the text has no form feed or does not decode.
 */
function textPages(bytes: Uint8Array, file: string): (Uint8Array | null)[] {
  let decoded: ReturnType<typeof decodePage>;
  try {
    decoded = decodePage(bytes, file);
  } catch {
    return [bytes];
  }
  if (!decoded.text.includes('\f')) return [bytes];
  let parts: Uint8Array[];
  if (decoded.encoding === 'utf-8' || decoded.encoding === 'gb18030') {
    // 0x0C is never part of a multi-byte character in UTF-8 or GB18030: the bytes split as the text does.
    parts = [];
    for (let start = 0, end = bytes.indexOf(FORM_FEED); ; end = bytes.indexOf(FORM_FEED, start)) {
      parts.push(bytes.subarray(start, end === -1 ? bytes.length : end));
      if (end === -1) break;
      start = end + 1;
    }
  } else {
    const bom = decoded.encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    parts = decoded.text.split('\f').map((text) => {
      const encoded = Buffer.concat([Buffer.from(bom), Buffer.from(text, 'utf16le')]);
      if (decoded.encoding === 'utf-16be') encoded.subarray(2).swap16();
      return new Uint8Array(encoded);
    });
  }
  const blank = (part: Uint8Array) => decodedBlank(part, file);
  while (parts.length > 1 && blank(parts[parts.length - 1]!)) parts.pop();
  return parts.map((part) => (blank(part) ? null : part));
}

/** Whether a part holds nothing but white space (or does not decode on its own, which the import would refuse). */
function decodedBlank(part: Uint8Array, file: string): boolean {
  try {
    return decodePage(part, file).text.trim() === '';
  } catch {
    return part.every((b) => b <= 0x20 || b === 0xfe || b === 0xff);
  }
}

/** Standard base64 (RFC 4648 §4), padded, as FileReader and Buffer write it. */
function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text);
}
