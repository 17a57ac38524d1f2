// Where pages come from: paths on this machine (files, folders walked recursively) or contents a client sent.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { isLayoutFile } from '../../shared/layout';
import type { Bilingual } from '../../shared/model/types';
import { isImageFile, MAX_IMAGE_BYTES } from '../scans/images';
import { checkPageSize } from './decode';
import { pdfPageCount } from './pdf';

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

/** Page text in: plain text, or a layout format (ALTO, PAGE, hOCR) whose text the same parser reads. */
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

function fromPath(path: string, file: string): FileSource {
  return {
    file,
    read: async () => {
      checkPageSize((await stat(path)).size, file);
      return readFile(path);
    },
  };
}

function imageFromPath(path: string, file: string): FileSource {
  return {
    file,
    read: async () => {
      if ((await stat(path)).size > MAX_IMAGE_BYTES) throw new SourceError(file, { zh: '图像文件过大(上限 200 MB)', en: 'the image file is too large (the limit is 200 MB)' });
      return readFile(path);
    },
  };
}

/** Images paired with the page files of the same stem; returns the stems of images no page took. */
function pairImages<T extends { stem: string; source: PageSource }>(pages: T[], images: Map<string, FileSource>): Set<string> {
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

interface Found {
  path: string;
  link: boolean;
}

/**
 * .txt files under `dir`, depth first, in natural name order; hidden entries and symlinked folders are skipped.
 * Symlinked files are reported, not followed: a link may lead outside the folder the user (or the HTTP host's
 * allowed roots) vouched for.
 */
async function walk(dir: string): Promise<Found[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => byName(a.name, b.name));
  const out: Found[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path)));
    else if ((e.isFile() || e.isSymbolicLink()) && (isPageFile(e.name) || isImageFile(e.name))) out.push({ path, link: e.isSymbolicLink() });
  }
  return out;
}

/**
 * Files given by path import under their own name; files found in a folder under their path inside it
 * ("sub/001.txt"), so a re-import of the folder finds the same pages again.
 */
export async function collectPaths(paths: string[]): Promise<CollectedSources> {
  const sources: PageSource[] = [];
  const folders: string[] = [];
  // Page files and images by the stem of their full path: an image pairs with the page file beside it.
  const pages: { stem: string; source: PageSource }[] = [];
  const images = new Map<string, FileSource>();
  // An image given by name holds its place in the report until a page takes it.
  const givenImages = new Map<string, PageSource>();
  const take = (path: string, file: string) => {
    if (isImageFile(path)) images.set(stemOf(path), imageFromPath(path, file));
    else {
      // A PDF is read whole like an image (its pages are text layer and image at once), with the image's limit.
      const source: PageSource = isPdf(path) ? imageFromPath(path, file) : fromPath(path, file);
      sources.push(source);
      pages.push({ stem: stemOf(path), source });
    }
  };
  for (const given of paths) {
    const path = resolve(given);
    const info = await stat(path).catch(() => null);
    if (!info) sources.push(refused(given, { zh: '找不到文件或文件夹', en: 'no such file or folder' }));
    else if (info.isDirectory()) {
      folders.push(path);
      const files = await walk(path).catch((err: Error) => err);
      if (files instanceof Error) sources.push(refused(given, { zh: `无法读取文件夹:${files.message}`, en: `cannot read the folder: ${files.message}` }));
      else {
        for (const f of files) {
          const file = relative(path, f.path).split(sep).join('/');
          if (f.link) sources.push(refused(file, { zh: '是符号链接，未跟随', en: 'a symbolic link, not followed' }));
          else take(f.path, file);
        }
      }
    } else if (isImageFile(path)) {
      const placeholder = refused(basename(path), LONE_IMAGE);
      givenImages.set(stemOf(path), placeholder);
      sources.push(placeholder);
      take(path, basename(path));
    } else if (!isPageFile(path)) sources.push(refused(basename(path), NOT_A_PAGE));
    else {
      take(path, basename(path));
      // A page file given alone still takes the image beside it.
      const siblings = await readdir(dirname(path)).catch(() => [] as string[]);
      const stem = basename(stemOf(path));
      const image = siblings.filter((n) => isImageFile(n) && stemOf(n) === stem).sort(byName)[0];
      if (image && !images.has(stemOf(path))) images.set(stemOf(path), imageFromPath(join(dirname(path), image), image));
    }
  }
  // Images in folders without a page are other material (photos, logos) and stay out; an image given by name
  // without its page is refused, so the user hears why nothing came of it.
  const lone = pairImages(pages, images);
  const paired = new Set([...givenImages].filter(([stem]) => !lone.has(stem)).map(([, placeholder]) => placeholder));
  return { sources: sources.filter((s) => !paired.has(s)), folderName: folders.length === 1 && paths.length === 1 ? basename(folders[0]!) : null };
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
    if (isImageFile(file)) images.set(stemOf(file), { file, read });
    else if (!isPageFile(file)) sources.push(refused(file, NOT_A_PAGE));
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
      const pages = await pdfPageCount(bytes, source.file);
      const stem = source.file.slice(0, source.file.length - extname(source.file).length);
      for (let n = 1; n <= pages; n++) out.push({ file: pages === 1 ? source.file : `${stem}-p${n}.pdf`, read: async () => bytes, pdfPage: n });
    } catch (err) {
      out.push({ file: source.file, read: () => Promise.reject(err) });
    }
  }
  return out;
}
